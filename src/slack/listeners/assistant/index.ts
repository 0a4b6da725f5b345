import { Assistant, type App, type AssistantConfig } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { threadStarted } from "./threadStarted.js";
import { userMessage } from "./userMessage.js";

/**
 * Slack's assistant panel. The app does not use the channel the user is looking at, so thread context is
 * not stored (Bolt's default store would cost an API call per message and keeps one context for all threads).
 */
const noContextStore: NonNullable<AssistantConfig["threadContextStore"]> = {
  get: async () => ({}),
  save: async () => {},
};

export function registerAssistant(app: App, deps: SlackDeps): void {
  app.assistant(new Assistant({ threadContextStore: noContextStore, threadStarted, userMessage: userMessage(deps) }));
}
