import type { Config } from "../config.js";
import { createLogger, type Logger } from "../logging.js";
import { createSlackApp, type SlackApp, type SlackAppDeps } from "./app.js";
import type { SlackService } from "./deps.js";
import { missingMessage, slackModeFor } from "./mode.js";

export interface SlackStart {
  /** 0 when connected; 1 when the configuration is incomplete or Slack refused the tokens. */
  exitCode: number;
  slack?: SlackApp;
  port?: number;
  logger: Logger;
}

/**
 * Start the Slack app from config for src/app/start.ts, over the stores it opened (closed here when the app
 * cannot start): logs why it cannot, and gives the exit code.
 */
export async function startSlackFromConfig(config: Config, service: SlackService, deps: SlackAppDeps): Promise<SlackStart> {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const mode = slackModeFor(config);
  if (typeof mode !== "string") {
    logger.error({ missing: mode.missing }, missingMessage(mode.missing));
    await deps.stores.close();
    return { exitCode: 1, logger };
  }
  const slack = createSlackApp(config, service, { ...deps, logger });
  try {
    const { port } = await slack.start();
    logger.info(
      { mode, port },
      mode === "socket" ? "connected to Slack (Socket Mode)" : `listening for Slack on port ${port} at /slack/events`,
    );
    return { exitCode: 0, slack, port, logger };
  } catch (error) {
    logger.error({ err: error, mode }, `could not connect to Slack: ${(error as Error).message}`);
    await slack.stop().catch(() => {});
    return { exitCode: 1, logger };
  }
}

/** Beyond the grace, how long stopping may take before the process exits anyway. */
const STOP_LIMIT_MS = 2000;

/**
 * A deploy's SIGTERM (or Ctrl-C): stop taking deliveries, let work in hand finish within the grace, leave
 * the rest pending in the journal for the next start, close the answer thread (`close`) and exit 0, all
 * within a few seconds. A second signal does not start a second stop.
 */
export function stopOnSignal(slack: SlackApp, close: () => Promise<void>, graceMs: number, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: no new Slack deliveries are taken");
    setTimeout(() => process.exit(1), graceMs + STOP_LIMIT_MS).unref();
    slack
      .stop()
      .then(() => close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "could not stop cleanly");
          process.exit(1);
        },
      );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
