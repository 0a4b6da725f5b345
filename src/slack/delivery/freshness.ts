/** Slack's rule: a request whose timestamp is more than five minutes from now, either way, is refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export function isFreshTimestamp(header: string | string[] | undefined, nowMs: number): boolean {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && Math.abs(nowMs / 1000 - seconds) <= MAX_CLOCK_SKEW_S;
}
