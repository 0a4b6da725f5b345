import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { registerExcerptsDocx } from "./excerptsDocx.js";
import { registerFeedbackReason } from "./feedbackReason.js";
import { registerHelpful } from "./helpful.js";
import { registerNotHelpful } from "./notHelpful.js";
import { registerShare } from "./share.js";
import { registerShowPassage } from "./showPassage.js";

/** Clicks on the buttons and menus of answers and excerpts. */
export function registerActions(app: App, deps: SlackDeps): void {
  registerHelpful(app, deps);
  registerNotHelpful(app, deps);
  registerFeedbackReason(app, deps);
  registerShowPassage(app, deps);
  registerShare(app, deps);
  registerExcerptsDocx(app, deps);
}
