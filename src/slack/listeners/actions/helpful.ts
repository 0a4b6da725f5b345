import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { ACTION } from "../../render/answerBlocks.js";
import { recordRating } from "./rating.js";

/** The "Helpful" button under an answer. */
export function registerHelpful(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION.helpful, recordRating(deps, "helpful"));
}
