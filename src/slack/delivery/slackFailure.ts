/**
 * What a failed call to Slack (or to the journal) means for the delivery it was answering: time may cure it
 * (the network, a timeout, a 5xx, a rate limit, the journal's database), so it is retried and the delivery
 * stays pending; or it will not get better on its own (a revoked token, a channel that is gone), so the
 * delivery is recorded as failed with its reason and no apology is attempted, since it could not be posted
 * either.
 */

/** The journal could not be reached just before or after a post; trying again later is safe. */
export class JournalUnavailable extends Error {
  readonly code = "safeguide_journal_unavailable";
}

/** Slack refuses this delivery's answer for good (until the configuration changes). */
export class DeliveryFailed extends Error {
  readonly code = "safeguide_delivery_failed";
  constructor(readonly reason: string) {
    super(`Slack refused the answer: ${reason}`);
  }
}

export function isFailed(error: unknown): error is DeliveryFailed {
  return (error as { code?: unknown } | null)?.code === "safeguide_delivery_failed";
}

const TRANSIENT_NETWORK = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNABORTED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_SOCKET_CONNECTION_TIMEOUT",
]);
const TRANSIENT_PLATFORM = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"]);
/** Slack errors no retry cures: the token, the app's install or the conversation. */
const PERMANENT_PLATFORM = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
  "app_uninstalled",
  "team_access_not_granted",
  "missing_scope",
  "no_permission",
  "restricted_action",
  "channel_not_found",
  "is_archived",
  "not_in_channel",
  "user_not_found",
  "user_disabled",
  "cannot_dm_bot",
  "ekm_access_denied",
]);

interface ErrorShape {
  code?: string;
  statusCode?: number;
  isAxiosError?: boolean;
  message?: string;
  retryAfter?: number;
  response?: { status?: number };
  data?: { error?: string };
}

/** Failures that waiting can cure, from the Web API client, axios (response_url posts) or the journal. */
export function isTransient(error: unknown): boolean {
  const e = error as ErrorShape | null;
  if (!e) return false;
  if (e.code === "safeguide_journal_unavailable") return true;
  if (e.code === "slack_webapi_request_error" || e.code === "slack_webapi_rate_limited_error") return true;
  if (e.code === "slack_webapi_http_error") return (e.statusCode ?? 0) >= 500 || e.statusCode === 408 || e.statusCode === 429;
  if (e.code === "slack_webapi_platform_error") return TRANSIENT_PLATFORM.has(e.data?.error ?? "");
  if (e.isAxiosError) {
    const status = e.response?.status;
    return status === undefined || status >= 500 || status === 429 || status === 408;
  }
  // The Web API client's own words for a 429 without a usable Retry-After, or one it gave up retrying.
  if (!e.code && /rate limit was exceeded|Retry header did not contain a valid timeout/.test(e.message ?? "")) return true;
  return TRANSIENT_NETWORK.has(e.code ?? "");
}

/** The Slack error that refuses an answer for good, e.g. "token_revoked"; null for any other failure. */
export function permanentReason(error: unknown): string | null {
  const e = error as ErrorShape | null;
  if (e?.code !== "slack_webapi_platform_error") return null;
  const reason = e.data?.error ?? "";
  return PERMANENT_PLATFORM.has(reason) ? reason : null;
}

/** How long Slack asked us to wait (Retry-After), in ms, when it did. */
export function retryAfterMs(error: unknown): number | undefined {
  const seconds = (error as ErrorShape | null)?.retryAfter;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
