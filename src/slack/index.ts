export { clientRetry, createSlackApp, type SlackApp, type SlackAppDeps } from "./app.js";
export type { EventJournal } from "./delivery/journal/eventJournal.js";
export { SqliteEventJournal } from "./delivery/journal/sqliteJournal.js";
export type { SlackService } from "./deps.js";
export { missingMessage, slackModeFor, type SlackMode } from "./mode.js";
export { startSlackFromConfig, type SlackStart } from "./start.js";
