import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { guarded } from "../../conversation/ask.js";
import { channelTypeOf } from "../../conversation/scope.js";
import type { SlackDeps } from "../../deps.js";
import { decodeFeedbackRef } from "../../render/answerBlocks.js";
import { feedbackThanks } from "../../render/messages.js";
import { replyToClicker } from "./clicker.js";

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** A "Helpful" or "Not helpful" click: one feedback record, thanked (with a reason menu when not helpful). */
export function recordRating(deps: SlackDeps, rating: "helpful" | "not_helpful") {
  return async ({ ack, body, action, respond, client }: ButtonArgs): Promise<void> => {
    await ack();
    const post = deps.retrying(replyToClicker(client, body, respond));
    await guarded(deps.logger, post, async () => {
      const ref = decodeFeedbackRef(action.value);
      if (!ref) throw new Error("feedback button without a readable value");
      const remembered = await deps.memory.answer(ref.questionId);
      const record = await deps.feedback.record({
        questionId: ref.questionId,
        rating,
        sources: { chunkIds: ref.chunkIds, files: ref.files },
        team: body.team?.id ?? remembered?.team ?? null,
        channelType: remembered?.channelType ?? channelTypeOf(body.channel?.id),
      });
      deps.logger.info({ questionId: ref.questionId, rating }, "feedback recorded");
      if (rating === "not_helpful" && remembered) {
        await deps.gaps
          .afterNotHelpful(remembered.answer, body.user.id)
          .catch((error: unknown) => deps.logger.warn({ err: error }, "gap not recorded"));
      }
      await post(feedbackThanks(record.id, rating === "not_helpful"));
    });
  };
}
