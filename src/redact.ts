/**
 * What may reach a log. Errors of failed HTTP calls are the danger: an axios error (inside the Web API
 * client's errors, and from response_url posts) carries the request's headers, Authorization included,
 * and its body, the message with the practitioner's words. So an error is logged as a few named fields,
 * never as its enumerable properties, and every line is scrubbed of anything shaped like a Slack token.
 */

const SLACK_TOKEN = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
const CREDENTIAL = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
// Node's JSON.parse quotes the text it could not parse: a malformed request body.
const JSON_SNIPPET = /"(?:[^"\\]|\\.)*"(?:\.\.\.)? is not valid JSON/g;

export function scrubText(text: string): string {
  return text
    .replace(SLACK_TOKEN, "[redacted-token]")
    .replace(CREDENTIAL, "$1 [redacted]")
    .replace(JSON_SNIPPET, "[text redacted] is not valid JSON");
}

export interface SafeError {
  type: string;
  message: string;
  code?: string | number;
  statusCode?: number;
  /** Slack's error name, e.g. channel_not_found. */
  slackError?: string;
  stack?: string;
  cause?: SafeError;
}

/** An error as it may be logged: its kind, message, codes and stack, and the same of what it wraps. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error) && (typeof error !== "object" || error === null)) {
    return { type: typeof error, message: scrubText(String(error)) };
  }
  const e = error as Error & {
    code?: unknown;
    statusCode?: unknown;
    status?: unknown;
    response?: { status?: unknown };
    data?: { error?: unknown };
    original?: unknown;
    cause?: unknown;
  };
  const out: SafeError = { type: e.constructor?.name ?? "Error", message: scrubText(String(e.message ?? "")) };
  if (typeof e.code === "string" || typeof e.code === "number") out.code = e.code;
  const status = [e.statusCode, e.status, e.response?.status].find((s) => typeof s === "number");
  if (typeof status === "number") out.statusCode = status;
  if (typeof e.data?.error === "string") out.slackError = e.data.error;
  if (typeof e.stack === "string") out.stack = scrubText(e.stack);
  const inner = e.original ?? e.cause;
  if (inner && depth < 3) out.cause = safeError(inner, depth + 1);
  return out;
}

/** Log fields that never hold a question, a message or a credential, wherever they are nested. */
export const REDACT_PATHS = [
  "question",
  "text",
  "body",
  "blocks",
  "payload",
  "token",
  "headers.authorization",
  "*.question",
  "*.text",
  "*.body",
  "*.blocks",
  "*.payload",
  "*.token",
  "*.headers.authorization",
  "config.data",
  "config.headers",
  "*.config.data",
  "*.config.headers",
];
