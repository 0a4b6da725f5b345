import type { App, BlockAction, ButtonAction, RespondFn, StaticSelectAction, webApi } from "@slack/bolt";
import { guarded, type Post } from "../ask.js";
import type { SlackDeps } from "../deps.js";
import { ephemeralPost } from "../post.js";
import { ACTION, decodeFeedbackRef, renderAnswer } from "../render/answerBlocks.js";
import { feedbackThanks, parseReasonValue, plainMessage, sharedByMessage } from "../render/messages.js";
import { passageModal } from "../render/views.js";
import { channelTypeOf } from "../scope.js";

/** Clicks on answers: feedback (and its optional reason), "Show passage", "Share in channel". */
export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^(${ACTION.helpful}|${ACTION.notHelpful})$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const post = replyToClicker(client, body, respond);
    await guarded(deps.logger, post, async () => {
      const ref = decodeFeedbackRef(action.value);
      if (!ref) throw new Error("feedback button without a readable value");
      const remembered = deps.memory.answer(ref.questionId);
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
    const post = replyToClicker(client, body, respond);
    await guarded(deps.logger, post, async () => {
      const parsed = parseReasonValue(action.selected_option?.value);
      if (!parsed) throw new Error("feedback reason without a readable value");
      await deps.feedback.addReason(parsed.feedbackId, parsed.reason);
      if (respond) await respond({ replace_original: true, text: "Thanks, noted." });
    });
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.showPassage}_\\d+$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    await guarded(deps.logger, replyToClicker(client, body, respond), async () => {
      await client.views.open({ trigger_id: body.trigger_id, view: passageModal(deps.memory.passage(action.value ?? "")) });
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, body, action, respond, client }) => {
    await ack();
    const post = replyToClicker(client, body, respond);
    await guarded(deps.logger, post, async () => {
      const questionId = action.value ?? "";
      const remembered = deps.memory.answer(questionId);
      const channel = body.channel?.id;
      if (!remembered || !channel) {
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
