import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { ACTION } from "../../render/answerBlocks.js";
import { recordRating } from "./rating.js";

/** The "Not helpful" button under an answer; its thanks offers a menu of reasons (feedbackReason.ts). */
export function registerNotHelpful(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.notHelpful, recordRating(deps, "not_helpful"));
}
