export { createSlackApp, DEFAULT_RETRY, type SlackApp, type SlackAppDeps } from "./app.js";
export { MemoryEventDeduper, type EventDeduper } from "./dedupe.js";
export type { SlackService } from "./deps.js";
export { missingMessage, slackModeFor, type SlackMode } from "./mode.js";
export { startSlackFromConfig, type SlackStart } from "./start.js";
