import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { registerSafeguideCommand } from "./safeguide.js";

/** Slash commands (each also declared in slack/manifest.yaml). */
export function registerCommands(app: App, deps: SlackDeps): void {
  registerSafeguideCommand(app, deps);
}
