import { randomUUID } from "node:crypto";
import type { ConversationTurn } from "../../answer/types.js";
import type { ChannelType } from "../../feedback/store.js";
import { newReferenceId, questionFields, type Logger } from "../../logging.js";
import type { SlackDeps } from "../deps.js";
import { cleanQuestion } from "./question.js";
import { renderAnswer, type SlackMessage } from "../render/answerBlocks.js";
import { audiencesFor } from "./audiences.js";
import { apologyMessage, helpMessage, refusalMessage } from "../render/messages.js";
import { isDeferred } from "../delivery/retryPost.js";
import { isFailed } from "../delivery/slackFailure.js";
import { inScope } from "./scope.js";

/** Where a reply goes: a thread, the asker only (response_url), the assistant thread. */
export type Post = (message: SlackMessage) => Promise<unknown>;

/** Shows the asker that the answer is on its way while its post waits out a stumble; never an answer. */
export type Notice = () => Promise<unknown>;

export interface QuestionContext {
  /** The message text as Slack sent it. */
  text: string | undefined;
  team: string | null;
  /** Who asked: only ever hashed with a salt, to count distinct askers in the gap report. */
  user?: string | null;
  channel: string | null;
  channelType: ChannelType;
  botUserId?: string;
  /** Offer "Share in channel" (answers only the asker sees). */
  shareable?: boolean;
  loadHistory?: () => Promise<ConversationTurn[]>;
}

/** The one path from a Slack question to a posted answer, shared by every listener. */
export async function handleQuestion(deps: SlackDeps, q: QuestionContext, slackPost: Post, notice?: Notice): Promise<void> {
  const post = deps.retrying(slackPost, notice);
  await guarded(deps.logger, post, async () => {
    if (!inScope(deps.config.slack, q)) {
      deps.logger.info({ team: q.team, channelType: q.channelType }, "question outside the allowed scope");
      await post(refusalMessage());
      return;
    }
    const question = cleanQuestion(q.text, q.botUserId);
    if (!question) {
      await post(helpMessage());
      return;
    }
    const history = q.loadHistory ? await q.loadHistory() : [];
    await answerAndPost(deps, { ...q, question, history }, post);
  });
}

async function answerAndPost(
  deps: SlackDeps,
  q: QuestionContext & { question: string; history: ConversationTurn[] },
  post: Post,
): Promise<void> {
  const questionId = randomUUID();
  const log = deps.logger.child({ questionId, channelType: q.channelType, ...questionFields(q.question) });
  const started = performance.now();
  const answer = await deps.answers.run(async () => {
    const filters = { audiences: audiencesFor(deps.config.slack, q) };
    const a = await deps.service.answer(q.question, q.history.length ? { history: q.history, filters } : { filters });
    await deps.gaps.afterAnswer(a, q.user ?? null).catch((error: unknown) => log.warn({ err: error }, "gap not recorded"));
    // Only the clicks on this answer need the memory: not having it must not cost the answer.
    await deps.memory
      .remember(questionId, { answer: a, team: q.team, channelType: q.channelType })
      .catch((error: unknown) => log.warn({ err: error }, "answer not remembered for later clicks"));
    return a;
  });
  // Posting waits on Slack, not the CPU: it does not hold one of the answer slots.
  deps.checkpoint("answered");
  await post(renderAnswer(answer, { questionId, shareable: q.shareable }));
  if (answer.fallback) log.warn({ fallback: answer.fallback }, "the language model's answer was not used; answered from the quotes");
  log.info(
    {
      answered: answer.answered,
      answeredBy: answer.answeredBy,
      citations: answer.citations.length,
      historyTurns: q.history.length,
      ms: Math.round(performance.now() - started),
    },
    "answered",
  );
}

/**
 * Run Slack work so that no error escapes: a failure is logged under a short reference id and the user
 * gets an apology naming it. Returns the reference id when something failed. The exceptions are an
 * answer that could not be posted through a Slack outage (DeliveryDeferred), thrown on so that the
 * delivery stays pending in the journal and is answered later, and one Slack refuses for good
 * (DeliveryFailed: a revoked token, a channel gone), recorded as failed: an apology would fare no better.
 */
export async function guarded(logger: Logger, post: Post, work: () => Promise<void>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (isDeferred(error) || isFailed(error)) throw error;
    const referenceId = newReferenceId();
    logger.error({ referenceId, err: error }, "Slack request failed");
    try {
      await post(apologyMessage(referenceId));
    } catch (postError) {
      if (isDeferred(postError) || isFailed(postError)) throw postError;
      logger.error({ referenceId, err: postError }, "could not post the apology");
    }
    return referenceId;
  }
}
