import { App, type webApi } from "@slack/bolt";
import type { AddressInfo } from "node:net";
import type { Config } from "../config.js";
import { feedbackPath, JsonlFeedbackStore, type FeedbackStore } from "../feedback/store.js";
import { createLogger, newReferenceId, type Logger } from "../logging.js";
import { boltLogger } from "./boltLogger.js";
import { MemoryEventDeduper, type EventDeduper } from "./dedupe.js";
import type { SlackDeps, SlackService } from "./deps.js";
import { acknowledgeEventsFirst } from "./earlyAck.js";
import { eventFilter } from "./filters.js";
import { registerActions } from "./listeners/actions.js";
import { assistant } from "./listeners/assistant.js";
import { registerCommand } from "./listeners/command.js";
import { registerDirectMessages } from "./listeners/directMessage.js";
import { registerHome } from "./listeners/home.js";
import { registerMention } from "./listeners/mention.js";
import { AnswerMemory } from "./memory.js";
import { WorkQueue } from "./workQueue.js";
import { missingMessage, slackModeFor } from "./mode.js";

export interface SlackAppDeps {
  feedback?: FeedbackStore;
  dedupe?: EventDeduper;
  logger?: Logger;
  /** Web API retries (rate limits, network errors); tests shorten them. */
  retryConfig?: webApi.RetryOptions;
}

export interface SlackApp {
  app: App;
  mode: "socket" | "http";
  /** HTTP mode reports the port it bound (config.slack.port may be 0). */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

/** Up to 5 retries, 1 s doubling to 30 s, on top of waiting out any Retry-After Slack sends. */
export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 1000, maxTimeout: 30_000, randomize: true };

export function createSlackApp(config: Config, service: SlackService, deps: SlackAppDeps = {}): SlackApp {
  const mode = slackModeFor(config);
  if (typeof mode !== "string") throw new Error(missingMessage(mode.missing));
  const logger = deps.logger ?? createLogger(config.logLevel);
  const { botToken, appToken, signingSecret, apiUrl, port } = config.slack;
  const connection =
    mode === "socket"
      ? { socketMode: true, appToken: appToken ?? undefined }
      : { signingSecret: signingSecret ?? undefined, endpoints: "/slack/events", port, processBeforeResponse: false };
  const app = new App({
    token: botToken ?? undefined,
    ...connection,
    logger: boltLogger(logger),
    convoStore: false,
    // auth.test runs in start(), not in the constructor.
    deferInitialization: true,
    clientOptions: { ...(apiUrl ? { slackApiUrl: apiUrl } : {}), retryConfig: deps.retryConfig ?? DEFAULT_RETRY },
  });
  const slackDeps: SlackDeps = {
    config,
    service,
    logger,
    feedback: deps.feedback ?? new JsonlFeedbackStore(feedbackPath(config)),
    dedupe: deps.dedupe ?? new MemoryEventDeduper(),
    memory: new AnswerMemory(),
    // Extractive answers are CPU work, so a few at a time; model answers mostly wait on the network.
    answers: new WorkQueue(config.llm ? 8 : 4),
  };
  acknowledgeEventsFirst(app, (error) => logger.error({ referenceId: newReferenceId(), err: error }, "a Slack event failed in Bolt"));
  app.use(async ({ next }) => {
    slackDeps.answers.noteArrival();
    await next();
  });
  app.use(eventFilter(slackDeps));
  app.assistant(assistant(slackDeps));
  registerMention(app, slackDeps);
  registerDirectMessages(app, slackDeps);
  registerCommand(app, slackDeps);
  registerActions(app, slackDeps);
  registerHome(app, slackDeps);
  app.error(async (error) => {
    logger.error({ referenceId: newReferenceId(), code: error.code, err: error }, "unhandled error in a Slack listener");
  });

  return {
    app,
    mode,
    async start() {
      await app.init();
      if (mode === "socket") {
        await app.start();
        return {};
      }
      const server = await app.start(port);
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      await app.stop();
    },
  };
}
