import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { registerActions } from "./actions/index.js";
import { registerAssistant } from "./assistant/index.js";
import { registerCommands } from "./commands/index.js";
import { registerEvents } from "./events/index.js";

/** Every listener of the app, one folder per kind (Slack's samples' layout). */
export function registerListeners(app: App, deps: SlackDeps): void {
  registerAssistant(app, deps);
  registerEvents(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
}
