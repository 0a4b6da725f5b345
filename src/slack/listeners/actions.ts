import type { App, BlockAction, ButtonAction, RespondFn, StaticSelectAction, webApi } from "@slack/bolt";
import { guarded, type Post } from "../ask.js";
import { audiencesFor } from "../audiences.js";
import type { SlackDeps } from "../deps.js";
import { ephemeralPost } from "../post.js";
import { ACTION, decodeFeedbackRef, renderAnswer } from "../render/answerBlocks.js";
import { docxFilename, docxSentMessage, noExcerptsMessage } from "../render/excerptBlocks.js";
import { feedbackThanks, parseReasonValue, plainMessage, refusalMessage, sharedByMessage } from "../render/messages.js";
import { passageModal } from "../render/views.js";
import { channelTypeOf, inScope, type Where } from "../scope.js";
import { renderDocx } from "../../excerpts/render/docx.js";
import { visibleTo } from "../../retrieve/audience.js";
import { EXCERPTS_UNAVAILABLE } from "./quote.js";

/**
 * Clicks on answers: feedback (and its optional reason), "Show passage", "Share in channel"; and on
 * excerpts: "Send as Word document to my DM".
 */
export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^(${ACTION.helpful}|${ACTION.notHelpful})$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const post = deps.retrying(replyToClicker(client, body, respond));
    await guarded(deps.logger, post, async () => {
      const ref = decodeFeedbackRef(action.value);
      if (!ref) throw new Error("feedback button without a readable value");
      const remembered = await deps.memory.answer(ref.questionId);
      const rating = action.action_id === ACTION.helpful ? "helpful" : "not_helpful";
      const record = await deps.feedback.record({
        questionId: ref.questionId,
        rating,
        sources: { chunkIds: ref.chunkIds, files: ref.files },
        team: body.team?.id ?? remembered?.team ?? null,
        channelType: remembered?.channelType ?? channelTypeOf(body.channel?.id),
      });
      deps.logger.info({ questionId: ref.questionId, rating }, "feedback recorded");
      await post(feedbackThanks(record.id, rating === "not_helpful"));
    });
  });

  app.action<BlockAction<StaticSelectAction>>(ACTION.reason, async ({ ack, body, action, respond, client }) => {
    await ack();
    const post = deps.retrying(replyToClicker(client, body, respond));
    await guarded(deps.logger, post, async () => {
      const parsed = parseReasonValue(action.selected_option?.value);
      if (!parsed) throw new Error("feedback reason without a readable value");
      await deps.feedback.addReason(parsed.feedbackId, parsed.reason);
      if (respond) await respond({ replace_original: true, text: "Thanks, noted." });
    });
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.showPassage}_\\d+$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    await guarded(deps.logger, deps.retrying(replyToClicker(client, body, respond)), async () => {
      // The chunk id rides in the button and can be forged: the clicker's channel must be allowed to see it.
      const passage = await deps.memory.passage(action.value ?? "");
      const allowed = passage && visibleTo(passage.audience, audiencesFor(deps.config.slack, whereOf(body)));
      if (passage && !allowed) deps.logger.info({ channelType: whereOf(body).channelType }, "passage refused: not for this channel's audience");
      await client.views.open({ trigger_id: body.trigger_id, view: passageModal(allowed ? passage : null) });
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, body, action, respond, client }) => {
    await ack();
    const post = deps.retrying(replyToClicker(client, body, respond));
    await guarded(deps.logger, post, async () => {
      const questionId = action.value ?? "";
      const remembered = await deps.memory.answer(questionId);
      const channel = body.channel?.id;
      const audiences = audiencesFor(deps.config.slack, whereOf(body));
      if (!remembered || !channel || !remembered.answer.passages.every((p) => visibleTo(p.audience, audiences))) {
        await post(plainMessage("That answer is no longer available to share. Please ask again."));
        return;
      }
      const message = sharedByMessage(renderAnswer(remembered.answer, { questionId }), body.user.id);
      try {
        await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false });
      } catch (error) {
        if (slackError(error) !== "not_in_channel" && slackError(error) !== "channel_not_found") throw error;
        await post(plainMessage("I can't post in this channel. Invite me first (`/invite @safeguide`), then share again."));
        return;
      }
      if (respond) await respond({ delete_original: true });
    });
  });

  // The topic rides in the button; the excerpts are found again (against the current index) and sent as
  // a .docx to the clicker's DM with the app, so the file is theirs alone.
  app.action<BlockAction<ButtonAction>>(ACTION.excerptsDocx, async ({ ack, body, action, respond, client }) => {
    await ack();
    const post = deps.retrying(replyToClicker(client, body, respond));
    await guarded(deps.logger, post, async () => {
      const where = whereOf(body);
      if (!inScope(deps.config.slack, where)) {
        await post(refusalMessage());
        return;
      }
      const topic = (action.value ?? "").trim();
      if (!topic) throw new Error("excerpts button without a topic");
      if (typeof deps.service.excerpts !== "function") {
        await post(plainMessage(EXCERPTS_UNAVAILABLE));
        return;
      }
      const started = performance.now();
      const set = await deps.service.excerpts(topic, { audiences: audiencesFor(deps.config.slack, where) });
      if (set.total === 0) {
        await post(noExcerptsMessage(topic));
        return;
      }
      const file = await renderDocx(set);
      const opened = await client.conversations.open({ users: body.user.id });
      const dm = opened.channel?.id;
      if (!dm) throw new Error("conversations.open gave no channel");
      await client.filesUploadV2({
        channel_id: dm,
        file,
        filename: docxFilename(topic),
        title: `Excerpts: ${topic}`.slice(0, 250),
        initial_comment: `Verbatim excerpts on “${topic.slice(0, 500)}”, with their citations (${set.total} from ${set.groups.length} document${set.groups.length === 1 ? "" : "s"}).`,
      });
      deps.logger.info({ excerpts: set.total, bytes: file.length, ms: Math.round(performance.now() - started) }, "excerpts sent as a Word document");
      await post(docxSentMessage(topic, set.total));
    });
  });
}

/** Where a click comes from: the channel of the message clicked (a DM's channel counts as a DM). */
function whereOf(body: BlockAction): Where {
  return { team: body.team?.id ?? null, channel: body.channel?.id ?? null, channelType: channelTypeOf(body.channel?.id) };
}

/** Replies to a click go to the clicker only: through response_url, or as an ephemeral message. */
function replyToClicker(client: webApi.WebClient, body: BlockAction, respond: RespondFn | undefined): Post {
  if (respond) return ephemeralPost(respond);
  return async (message) => {
    const channel = body.channel?.id;
    if (!channel) return;
    await client.chat.postEphemeral({ channel, user: body.user.id, text: message.text, blocks: message.blocks });
  };
}

function slackError(error: unknown): string | undefined {
  return (error as { data?: { error?: string } })?.data?.error;
}
