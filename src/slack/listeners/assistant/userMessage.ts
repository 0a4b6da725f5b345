import type { AssistantUserMessageMiddleware } from "@slack/bolt";
import { answerInDirectThread, type IncomingMessage } from "../../conversation/directThread.js";
import { cleanQuestion } from "../../conversation/question.js";
import type { SlackDeps } from "../../deps.js";
import { SEARCHING_STATUS, STILL_WORKING_STATUS } from "../../render/messages.js";
import { truncate } from "../../render/mrkdwn.js";

/** A message in an assistant thread: answered like a direct message, with a status and a thread title. */
export function userMessage(deps: SlackDeps): AssistantUserMessageMiddleware {
  return async ({ message, client, context, body, setStatus, setTitle }) => {
    const m = message as unknown as IncomingMessage;
    // Status and title are niceties: a thread that is not an assistant thread refuses them.
    await setStatus(SEARCHING_STATUS).catch((e: Error) => deps.logger.debug({ err: e }, "setStatus failed"));
    await setTitle(truncate(cleanQuestion(m.text, context.botUserId) || "Question", 60)).catch((e: Error) =>
      deps.logger.debug({ err: e }, "setTitle failed"),
    );
    // Not a message: a status cannot be taken for an answer, and Slack clears it when the answer is posted.
    await answerInDirectThread(deps, client, m, context, body.team_id, () => setStatus(STILL_WORKING_STATUS));
  };
}
