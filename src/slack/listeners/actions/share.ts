import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { guarded } from "../../conversation/ask.js";
import { audiencesFor } from "../../conversation/audiences.js";
import type { SlackDeps } from "../../deps.js";
import { ACTION, renderAnswer } from "../../render/answerBlocks.js";
import { plainMessage, sharedByMessage } from "../../render/messages.js";
import { visibleTo } from "../../../retrieve/audience.js";
import { replyToClicker, whereOf } from "./clicker.js";

/** "Share in channel" on an answer only the asker saw (/safeguide): posted for the channel, naming who shared it. */
export function registerShare(app: App, deps: SlackDeps): void {
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
}

function slackError(error: unknown): string | undefined {
  return (error as { data?: { error?: string } })?.data?.error;
}
