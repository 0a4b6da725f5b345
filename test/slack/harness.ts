import { createHmac, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../../src/config.js";
import { openSlackStores } from "../../src/app/stores.js";
import type { JsonlFeedbackStore } from "../../src/feedback/store.js";
import { createLogger } from "../../src/logging.js";
import { createSlackApp, type SlackApp } from "../../src/slack/app.js";
import type { SlackService, SlackStores } from "../../src/slack/deps.js";
import { FakeService } from "./fakeService.js";
import { FakeSlack, TEAM_ID } from "../../testkit/fakeSlack.js";
import { fakeSlackToken } from "../../testkit/fakeTokens.js";

/** A running app in HTTP mode against a FakeSlack, with a fake service, a temp data dir and captured logs. */

export const SIGNING_SECRET = "test-signing-secret";
/** Short on purpose: nothing here should look like a real token. */
export const BOT_TOKEN = fakeSlackToken("xoxb");
export const APP_TOKEN = fakeSlackToken("xapp");

export interface Harness<S extends SlackService = FakeService> {
  fake: FakeSlack;
  service: S;
  slack: SlackApp;
  config: Config;
  feedback: JsonlFeedbackStore;
  logLines: () => Record<string, any>[];
  port: number;
  stop(): Promise<void>;
}

/** With a service of the test's own (a real pipeline over a test corpus), or the canned FakeService. */
export async function startHarness<S extends SlackService = FakeService>(
  env: Record<string, string> = {},
  own?: S,
  storeOverrides: Partial<SlackStores> = {},
): Promise<Harness<S>> {
  const fake = await new FakeSlack().start();
  const dataDir = await mkdtemp(join(tmpdir(), "safeguide-slack-"));
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    SLACK_POST_BACKOFF_MS: "5",
    SLACK_POST_RETRY_MS: "2000",
    SLACK_SHUTDOWN_GRACE_MS: "200",
    ...env,
  });
  const lines: string[] = [];
  const logger = createLogger("info", { write: (s: string) => void lines.push(s) });
  const service = own ?? (new FakeService() as SlackService as S);
  // A test may stand its own store in for one of those opened (a journal that fails on cue).
  const stores = { ...(await openSlackStores(config, logger)), ...storeOverrides };
  const feedback = stores.feedback as JsonlFeedbackStore;
  const slack = createSlackApp(config, service, { logger, stores });
  const { port = 0 } = await slack.start();
  return {
    fake,
    service,
    slack,
    config,
    feedback,
    port,
    logLines: () => lines.map((l) => JSON.parse(l)),
    async stop() {
      await slack.stop().catch(() => {});
      await fake.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  secret?: string;
  timestamp?: number;
  retryNum?: number;
  contentType?: string;
}

/** POST a body to /slack/events signed as Slack signs it; returns status, body text and time to ack. */
export async function sendSigned(port: number, body: string, opts: SendOptions = {}) {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": opts.contentType ?? "application/json",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signature(body, timestamp, opts.secret),
  };
  if (opts.retryNum) {
    headers["x-slack-retry-num"] = String(opts.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", headers, body });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

export function eventBody(event: Record<string, unknown>, eventId = `Ev${randomUUID().slice(0, 8)}`): string {
  return JSON.stringify({
    token: "legacy",
    team_id: TEAM_ID,
    api_app_id: "A0001",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM_ID, user_id: "UBOT", is_bot: true }],
    event,
  });
}

let tsSeq = 0;
export function newTs(): string {
  tsSeq += 1;
  return `${Math.floor(Date.now() / 1000)}.${String(100000 + tsSeq)}`;
}

export function mention(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: "app_mention",
    user: "UPRACT",
    text: `<@UBOT> ${text}`,
    ts: newTs(),
    channel: "C0GENERAL",
    event_ts: newTs(),
    client_msg_id: randomUUID(),
    ...extra,
  };
}

export function commandBody(text: string, fakeResponseUrl: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: TEAM_ID,
    team_domain: "fake",
    channel_id: "C0GENERAL",
    channel_name: "general",
    user_id: "UPRACT",
    user_name: "practitioner",
    command: "/safeguide",
    text,
    api_app_id: "A0001",
    response_url: fakeResponseUrl,
    trigger_id: "trigger-1",
    ...extra,
  }).toString();
}

export function actionBody(payload: Record<string, unknown>): string {
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export const FORM = "application/x-www-form-urlencoded";

/** Wait for a condition, polling; fails after `timeoutMs` instead of sleeping a fixed time. */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 5000,
  what = "condition",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Before asserting that something did NOT happen: wait until no Slack call has arrived for `ms` (at most 5 s). */
export async function quiet(h: Pick<Harness<SlackService>, "fake">, ms = 200): Promise<void> {
  const deadline = Date.now() + 5000;
  let seen = -1;
  while (seen !== h.fake.calls.length + h.fake.responses.length && Date.now() < deadline) {
    seen = h.fake.calls.length + h.fake.responses.length;
    await new Promise((r) => setTimeout(r, ms));
  }
}

export function blocksText(blocks: any[] | undefined): string {
  return JSON.stringify(blocks ?? []);
}
