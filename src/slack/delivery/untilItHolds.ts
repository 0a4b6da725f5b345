import type { Logger } from "../../logging.js";

/**
 * A journal write that must not be lost (marking a delivery answered or failed): tried again with doubling
 * waits, up to a few seconds apart, until it holds or the app stops. Each failure is logged with its cause
 * and the delivery's key (never the question).
 */
export async function untilItHolds(
  write: () => Promise<unknown>,
  { logger, delivery, what, signal, firstWaitMs = 50, maxWaitMs = 5000 }: UntilOptions,
): Promise<boolean> {
  let wait = firstWaitMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await write();
      if (attempt > 1) logger.info({ delivery, attempt }, `the journal took the ${what} at last`);
      return true;
    } catch (error) {
      if (signal.aborted) {
        logger.error({ delivery, attempt, err: error }, `the journal could not record the ${what}; the app is stopping`);
        return false;
      }
      logger.error({ delivery, attempt, waitMs: wait, err: error }, `the journal could not record the ${what}; trying again`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, wait);
        function done() {
          clearTimeout(timer);
          signal.removeEventListener("abort", done);
          resolve();
        }
        signal.addEventListener("abort", done, { once: true });
      });
      wait = Math.min(wait * 2, maxWaitMs);
    }
  }
}

export interface UntilOptions {
  logger: Logger;
  /** The delivery's journal key, for the log line. */
  delivery: string;
  what: string;
  signal: AbortSignal;
  firstWaitMs?: number;
  maxWaitMs?: number;
}
