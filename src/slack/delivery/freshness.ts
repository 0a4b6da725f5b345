import type { HTTPReceiver } from "@slack/bolt";

/** Slack's rule: a request whose timestamp is more than five minutes from now, either way, is refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export function isFreshTimestamp(header: string | string[] | undefined, nowMs: number): boolean {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && Math.abs(nowMs / 1000 - seconds) <= MAX_CLOCK_SKEW_S;
}

/**
 * Bolt's receiver refuses a request timestamped over five minutes in the past but not one from the
 * future, which a replay could then use for as long as it likes. This refuses both, with a 401, before the
 * body is read or the signature checked.
 */
export function refuseStaleRequests(receiver: HTTPReceiver, now: () => number = Date.now): void {
  const listener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method === "POST" && !isFreshTimestamp(req.headers["x-slack-request-timestamp"], now())) {
      req.resume();
      res.writeHead(401).end();
      return;
    }
    listener(req, res);
  };
}
