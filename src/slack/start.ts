import type { Config } from "../config.js";
import { createLogger } from "../logging.js";
import { createSlackApp, type SlackApp, type SlackAppDeps } from "./app.js";
import type { SlackService } from "./deps.js";
import { missingMessage, slackModeFor } from "./mode.js";

export interface SlackStart {
  /** 0 when connected; 1 when the configuration is incomplete or Slack refused the tokens. */
  exitCode: number;
  slack?: SlackApp;
  port?: number;
}

/** Start the Slack app from config for main.ts: logs why it cannot, and gives the exit code. */
export async function startSlackFromConfig(config: Config, service: SlackService, deps: SlackAppDeps = {}): Promise<SlackStart> {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const mode = slackModeFor(config);
  if (typeof mode !== "string") {
    logger.error({ missing: mode.missing }, missingMessage(mode.missing));
    return { exitCode: 1 };
  }
  const slack = createSlackApp(config, service, { ...deps, logger });
  try {
    const { port } = await slack.start();
    logger.info({ mode, port }, mode === "socket" ? "connected to Slack (Socket Mode)" : `listening for Slack on port ${port} at /slack/events`);
    return { exitCode: 0, slack, port };
  } catch (error) {
    logger.error({ err: error, mode }, `could not connect to Slack: ${(error as Error).message}`);
    await slack.stop().catch(() => {});
    return { exitCode: 1 };
  }
}
