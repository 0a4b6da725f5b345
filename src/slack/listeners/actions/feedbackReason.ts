import type { App, BlockAction, StaticSelectAction } from "@slack/bolt";
import { guarded } from "../../conversation/ask.js";
import type { SlackDeps } from "../../deps.js";
import { ACTION } from "../../render/answerBlocks.js";
import { parseReasonValue } from "../../render/messages.js";
import { replyToClicker } from "./clicker.js";

/** The optional reason picked after "Not helpful", added to that feedback record. */
export function registerFeedbackReason(app: App, deps: SlackDeps): void {
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
}
