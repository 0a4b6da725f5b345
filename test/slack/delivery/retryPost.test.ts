import { describe, expect, it } from "vitest";
import { createLogger } from "../../../src/logging.js";
import { noCheckpoint } from "../../../src/slack/delivery/checkpoint.js";
import { DEFAULT_POST_RETRY, DeliveryDeferred, isTransient, retryingPost } from "../../../src/slack/delivery/retryPost.js";
import { JournalUnavailable } from "../../../src/slack/delivery/slackFailure.js";

const networkError = () =>
  Object.assign(new Error("A request error occurred: connect ECONNREFUSED"), { code: "slack_webapi_request_error" });
const message = { text: "an answer", blocks: [] };

/** A fake clock: sleeping moves it on. */
function fakeClock() {
  const clock = { now: 0, sleeps: [] as number[] };
  return { clock, now: () => clock.now, sleep: async (ms: number) => void (clock.sleeps.push(ms), (clock.now += ms)) };
}

function slackDownUntil(clock: { now: number }, upAt: number) {
  const attempts: number[] = [];
  const post = async () => {
    attempts.push(clock.now);
    if (clock.now < upAt) throw networkError();
    return { ok: true };
  };
  return { post, attempts };
}

describe("retryingPost()", () => {
  it("rides out a 10-minute Web API outage with the default policy and posts once it ends", async () => {
    const { clock, now, sleep } = fakeClock();
    const slack = slackDownUntil(clock, 10 * 60_000);
    const post = retryingPost(slack.post, {
      policy: DEFAULT_POST_RETRY,
      logger: createLogger("silent"),
      signal: new AbortController().signal,
      checkpoint: noCheckpoint,
      now,
      sleep,
    });
    await expect(post(message)).resolves.toEqual({ ok: true });
    expect(clock.now).toBeGreaterThanOrEqual(10 * 60_000);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(DEFAULT_POST_RETRY.maxBackoffMs);
    expect(clock.sleeps[1]).toBeGreaterThan(clock.sleeps[0] / 2);
  });

  it("defers the delivery (never drops it) when the outage outlasts the window", async () => {
    const { clock, now, sleep } = fakeClock();
    const slack = slackDownUntil(clock, Infinity);
    const post = retryingPost(slack.post, {
      policy: DEFAULT_POST_RETRY,
      logger: createLogger("silent"),
      signal: new AbortController().signal,
      checkpoint: noCheckpoint,
      now,
      sleep,
    });
    await expect(post(message)).rejects.toBeInstanceOf(DeliveryDeferred);
    expect(clock.now).toBeGreaterThan(10 * 60_000);
    expect(clock.now).toBeLessThanOrEqual(DEFAULT_POST_RETRY.windowMs);
  });

  it("does not retry a refusal time cannot cure (it fails the delivery with its reason), and stops at once when the app is stopping", async () => {
    const { now, sleep } = fakeClock();
    const refused = Object.assign(new Error("An API error occurred: channel_not_found"), {
      code: "slack_webapi_platform_error",
      data: { error: "channel_not_found" },
    });
    let calls = 0;
    const failing = retryingPost(
      async () => {
        calls++;
        throw refused;
      },
      {
        policy: DEFAULT_POST_RETRY,
        logger: createLogger("silent"),
        signal: new AbortController().signal,
        checkpoint: noCheckpoint,
        now,
        sleep,
      },
    );
    await expect(failing(message)).rejects.toMatchObject({ code: "safeguide_delivery_failed", reason: "channel_not_found" });
    expect(calls).toBe(1);

    const stopping = new AbortController();
    stopping.abort();
    const stopped = retryingPost(async () => ({ ok: true }), {
      policy: DEFAULT_POST_RETRY,
      logger: createLogger("silent"),
      signal: stopping.signal,
      checkpoint: noCheckpoint,
      now,
      sleep,
    });
    await expect(stopped(message)).rejects.toBeInstanceOf(DeliveryDeferred);
  });

  it("counts network errors, 5xx, rate limits and axios failures without a response as transient", () => {
    expect(isTransient(networkError())).toBe(true);
    expect(isTransient({ code: "slack_webapi_http_error", statusCode: 503 })).toBe(true);
    expect(isTransient({ code: "slack_webapi_http_error", statusCode: 404 })).toBe(false);
    expect(isTransient({ code: "slack_webapi_rate_limited_error" })).toBe(true);
    expect(isTransient({ isAxiosError: true, code: "ECONNRESET" })).toBe(true);
    expect(isTransient({ isAxiosError: true, response: { status: 404 } })).toBe(false);
    expect(isTransient(new Error("the index exploded"))).toBe(false);
    // What @slack/web-api throws for a 429 without a usable Retry-After, or after its own retries.
    expect(isTransient(new Error("Retry header did not contain a valid timeout (url: x, retry-after header: undefined)"))).toBe(true);
    expect(isTransient(new Error("A rate limit was exceeded (url: x, retry-after: 1)"))).toBe(true);
    expect(isTransient(new JournalUnavailable("the journal could not be reached"))).toBe(true);
  });

  it("waits at least as long as Slack's Retry-After", async () => {
    const { clock, now, sleep } = fakeClock();
    let calls = 0;
    const post = retryingPost(
      async () => {
        calls++;
        if (calls < 3) throw Object.assign(new Error("rate limited"), { code: "slack_webapi_rate_limited_error", retryAfter: 7 });
        return { ok: true };
      },
      {
        policy: DEFAULT_POST_RETRY,
        logger: createLogger("silent"),
        signal: new AbortController().signal,
        checkpoint: noCheckpoint,
        now,
        sleep,
      },
    );
    await expect(post(message)).resolves.toEqual({ ok: true });
    expect(clock.sleeps).toHaveLength(2);
    expect(Math.min(...clock.sleeps)).toBeGreaterThanOrEqual(7000);
  });
});
