import { App, HTTPModuleFunctions, HTTPReceiver, SocketModeReceiver, type webApi } from "@slack/bolt";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Config } from "../config.js";
import { createLogger, newReferenceId, type Logger } from "../logging.js";
import { boltLogger } from "./boltLogger.js";
import { eventFilter } from "./conversation/eventFilter.js";
import { crashAt } from "./delivery/checkpoint.js";
import { Deliveries } from "./delivery/deliveries.js";
import { guardTheDoor } from "./delivery/door.js";
import { JournalingReceiver } from "./delivery/receiver.js";
import { isDeferred, retryingPost } from "./delivery/retryPost.js";
import { isFailed, JournalUnavailable } from "./delivery/slackFailure.js";
import { noticeOnce } from "./delivery/stillWorking.js";
import { WorkQueue } from "./delivery/workQueue.js";
import type { SlackDeps, SlackService, SlackStores } from "./deps.js";
import { healthRoute } from "./health.js";
import { registerListeners } from "./listeners/index.js";
import { missingMessage, slackModeFor } from "./mode.js";

export interface SlackAppDeps {
  /** The journal, feedback and answer memory, opened by src/app/stores.ts; stop() closes them last. */
  stores: SlackStores;
  logger?: Logger;
  /** The Web API client's own retries of one call (none by default, see clientRetry). */
  retryConfig?: webApi.RetryOptions;
}

export interface SlackApp {
  app: App;
  mode: "socket" | "http";
  /** HTTP mode reports the port it bound (config.slack.port may be 0). */
  start(): Promise<{ port?: number }>;
  /**
   * Stop taking deliveries, let work in hand finish for the configured grace, hand back the rest (it
   * stays pending in the journal) and close the journal. Returns how many deliveries were handed back.
   */
  stop(): Promise<number>;
}

/**
 * The client does not retry a call itself: a post cut off by its deadline may have reached Slack, and only
 * retryingPost, around each answer's post, checks for that before posting again (and waits out an outage
 * or a Retry-After without holding the client's queue). Other calls (history, App Home) fail soft.
 */
export function clientRetry(): webApi.RetryOptions {
  return { retries: 0 };
}

export function createSlackApp(config: Config, service: SlackService, deps: SlackAppDeps): SlackApp {
  const mode = slackModeFor(config);
  if (typeof mode !== "string") throw new Error(missingMessage(mode.missing));
  const logger = deps.logger ?? createLogger(config.logLevel);
  const { botToken, appToken, signingSecret, apiUrl, port, delivery } = config.slack;
  const { journal, feedback, memory, gaps } = deps.stores;
  const checkpoint = crashAt(delivery.crashAt);
  const deliveries = new Deliveries({
    journal,
    lease: { owner: randomUUID(), ms: delivery.leaseMs },
    logger,
    checkpoint,
    // Every call has a deadline, so work in hand past the post window and a lease more is stuck.
    deadlineMs: delivery.postRetryMs + delivery.leaseMs,
    // A post in flight keeps its delivery until its call's deadline at least.
    postDeadlineMs: delivery.apiTimeoutMs,
  });
  // A 429 comes back to retryingPost at once (which waits its Retry-After) rather than pausing every call.
  const clientOptions: webApi.WebClientOptions = {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: deps.retryConfig ?? clientRetry(),
    timeout: delivery.apiTimeoutMs,
    rejectRateLimitedCalls: true,
  };
  const transport =
    mode === "http"
      ? new HTTPReceiver({
          signingSecret: signingSecret ?? "",
          endpoints: "/slack/events",
          processBeforeResponse: false,
          // The door (door.ts) checks every POST's timestamp and signature before Bolt sees it: a second check
          // here would only repeat the HMAC in front of every acknowledgement.
          signatureVerification: false,
          logger: boltLogger(logger),
          // Deliveries logged the cause; a 503 (not acknowledged) makes Slack send the delivery again.
          processEventErrorHandler: async (args) => {
            if (!(args.error instanceof JournalUnavailable)) return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
            if (!args.response.headersSent) args.response.writeHead(503).end();
            return true;
          },
          customRoutes: [healthRoute({ service, journal: deps.stores.journal, database: deps.stores.ping })],
        })
      : new SocketModeReceiver({ appToken: appToken ?? "", logger: boltLogger(logger), installerOptions: { clientOptions } });
  if (transport instanceof HTTPReceiver)
    guardTheDoor(transport, { signingSecret: signingSecret ?? "", maxBytes: delivery.maxBodyBytes, logger });
  const app = new App({
    token: botToken ?? undefined,
    receiver: new JournalingReceiver(transport, deliveries),
    logger: boltLogger(logger),
    convoStore: false,
    // auth.test runs in start(), not in the constructor.
    deferInitialization: true,
    clientOptions,
  });
  const policy = {
    windowMs: delivery.postRetryMs,
    backoffMs: delivery.postBackoffMs,
    maxBackoffMs: Math.max(delivery.postBackoffMs, 60_000),
  };
  const slackDeps: SlackDeps = {
    config,
    service,
    logger,
    feedback,
    gaps,
    journal,
    checkpoint,
    delivery: () => deliveries.deliveryInHand(),
    retrying: (post, notice) =>
      retryingPost(deliveries.fenced(post), {
        policy,
        logger,
        signal: deliveries.signal,
        checkpoint,
        onStall: notice && noticeOnce(notice, () => deliveries.deliveryInHand(), logger),
      }),
    memory,
    // Extractive answers are CPU work, so a few at a time; model answers mostly wait on the network.
    answers: new WorkQueue(config.llm ? 8 : 4),
  };
  app.use(async ({ next }) => {
    slackDeps.answers.noteArrival();
    await next();
  });
  app.use(eventFilter(slackDeps));
  registerListeners(app, slackDeps);
  app.error(async (error) => {
    // A deferred or refused answer goes back to the journal (delivery/deliveries.ts), not to the log as a failure.
    if (isDeferred(error) || isFailed(error)) throw error;
    logger.error({ referenceId: newReferenceId(), code: error.code, err: error }, "unhandled error in a Slack listener");
  });

  let started = false;
  return {
    app,
    mode,
    async start() {
      await app.init();
      const server = mode === "socket" ? await app.start() : await app.start(port);
      started = true;
      await deliveries.start();
      return mode === "socket" ? {} : { port: (server as { address(): AddressInfo }).address().port };
    },
    async stop() {
      const grace = delivery.shutdownGraceMs;
      const closing = started
        ? app.stop().catch((error: unknown) => logger.warn({ err: error }, "Slack receiver did not stop cleanly"))
        : undefined;
      started = false;
      const handedBack = await deliveries.stop(grace);
      await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 500).unref())]);
      await deps.stores.close();
      return handedBack;
    },
  };
}
