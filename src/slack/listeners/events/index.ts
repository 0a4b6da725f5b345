import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { registerAppHomeOpened } from "./appHomeOpened.js";
import { registerAppMention } from "./appMention.js";
import { registerDirectMessage } from "./directMessage.js";

/** Events API events: a mention in a channel, a direct message, App Home opened. */
export function registerEvents(app: App, deps: SlackDeps): void {
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerAppHomeOpened(app, deps);
}
