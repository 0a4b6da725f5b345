import type { Logger } from "../../logging.js";
import type { Post } from "../conversation/ask.js";
import type { Checkpoint } from "./checkpoint.js";
import { DeliveryFailed, isTransient, permanentReason, retryAfterMs } from "./slackFailure.js";

export { isTransient } from "./slackFailure.js";

/**
 * Posting an answer rides out a Slack Web API outage: a post that fails for a reason that time can cure
 * (the network, a 5xx, a rate limit) is tried again with growing, jittered waits until `windowMs` has gone
 * by; then the delivery is deferred: it stays pending in the journal and is answered later, never dropped.
 */
export interface PostRetryPolicy {
  /** How long to keep trying one post. */
  windowMs: number;
  /** The first wait; each later one doubles, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
}

/** Over ten minutes of outage (the delivery contract), then the journal keeps the delivery. */
export const DEFAULT_POST_RETRY: PostRetryPolicy = { windowMs: 15 * 60_000, backoffMs: 1000, maxBackoffMs: 60_000 };

/** The answer could not be posted now; the delivery stays pending. Has a `code` so Bolt passes it on as is. */
export class DeliveryDeferred extends Error {
  readonly code = "safeguide_delivery_deferred";
}

export function isDeferred(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "safeguide_delivery_deferred";
}

export interface RetryDeps {
  policy: PostRetryPolicy;
  logger: Logger;
  /** Aborted when the app stops: no further attempt is made, and the delivery is handed back. */
  signal: AbortSignal;
  checkpoint: Checkpoint;
  /** Told before each wait for a retry; shows the asker a notice at most once (stillWorking.ts). */
  onStall?: () => void;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export function retryingPost(post: Post, deps: RetryDeps): Post {
  const { policy, logger, signal, checkpoint, onStall, now = Date.now, sleep = abortableSleep } = deps;
  return async (message) => {
    const started = now();
    let backoff = policy.backoffMs;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw new DeliveryDeferred("the app is stopping");
      try {
        return await post(message);
      } catch (error) {
        if (isDeferred(error)) throw error;
        const refused = permanentReason(error);
        if (refused) throw new DeliveryFailed(refused);
        if (!isTransient(error)) throw error;
        checkpoint("post-failed");
        // Slack's Retry-After is a floor: asking sooner only meets another 429.
        const wait = Math.max(Math.round(backoff * (0.5 + Math.random() / 2)), retryAfterMs(error) ?? 0);
        if (now() - started + wait > policy.windowMs) {
          logger.error({ attempt, err: error }, "posting to Slack kept failing; the delivery stays pending");
          throw new DeliveryDeferred(`posting failed for ${Math.round((now() - started) / 1000)} s`);
        }
        logger.warn({ attempt, waitMs: wait, err: error }, "posting to Slack failed; retrying");
        onStall?.();
        await sleep(wait, signal);
        backoff = Math.min(backoff * 2, policy.maxBackoffMs);
      }
    }
  };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
