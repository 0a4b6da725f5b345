import { AzureChatOpenAI, ChatOpenAI } from "@langchain/openai";
import type { LlmConfig } from "../../config.js";

/**
 * One chat model for answering and condensing, OpenAI (or any OpenAI-compatible server) or Azure.
 *
 * Retries live in exactly one layer. @langchain/openai builds its openai SDK client with `maxRetries: 0`
 * and retries in LangChain's AsyncCaller (p-retry: backoff of 1 s, 2 s, 4 s… with up to 2× jitter),
 * `maxRetries` times. We never set `configuration.maxRetries`: LangChain spreads `configuration` into
 * each request's options, so that would add the SDK's own retries inside every AsyncCaller attempt.
 *
 * The default retry policy of @langchain/core does not retry a 429 without a Retry-After header, retries
 * timeouts, and waits as long as a Retry-After up to 60 s says. `retryPolicy` replaces it, so that:
 * at most maxRetries + 1 requests are made; each is cut at timeoutMs; a timeout is not retried (the
 * caller falls back to the extractive answer rather than keep a practitioner waiting); a Retry-After
 * longer than MAX_RETRY_AFTER_MS ends the attempt instead of stalling it.
 */

export const MAX_RETRY_AFTER_MS = 10_000;

export interface ChatModelOptions {
  timeoutMs: number;
  maxRetries: number;
}

export function createChatModel(llm: LlmConfig, opts: ChatModelOptions): ChatOpenAI {
  const common = {
    temperature: 0,
    timeout: opts.timeoutMs,
    maxRetries: opts.maxRetries,
    onFailedAttempt: retryPolicy,
  };
  if (llm.kind === "azure") {
    return new AzureChatOpenAI({
      ...common,
      // The deployment decides the model; naming it lets LangChain pick a structured-output method.
      model: llm.deployment,
      azureOpenAIApiKey: llm.apiKey,
      azureOpenAIApiInstanceName: llm.instanceName,
      azureOpenAIEndpoint: llm.endpoint,
      azureOpenAIApiDeploymentName: llm.deployment,
      azureOpenAIApiVersion: llm.apiVersion,
    });
  }
  return new ChatOpenAI({
    ...common,
    apiKey: llm.apiKey,
    model: llm.model,
    ...(llm.baseURL ? { configuration: { baseURL: llm.baseURL } } : {}),
  });
}

const RETRY_STATUSES = new Set([408, 409, 429, 500, 502, 503, 504]);

/**
 * Called by the AsyncCaller after each failed attempt: return to retry (after the backoff and any
 * `retryAfterMs` set on the error), throw to give up.
 */
export function retryPolicy(error: unknown): void {
  const e = error as {
    name?: string;
    status?: number;
    code?: string;
    error?: { code?: string };
    headers?: { get?: (name: string) => string | null };
    retryAfterMs?: number;
    constructor?: { name?: string };
  };
  if (typeof e !== "object" || e === null) throw error;
  if (e.name === "TimeoutError" || e.name === "AbortError") throw error;
  const status = typeof e.status === "number" ? e.status : undefined;
  if (status === undefined) {
    // A dropped or refused connection is worth one more try; a malformed reply is not.
    if (e.constructor?.name === "APIConnectionError") return;
    throw error;
  }
  if (!RETRY_STATUSES.has(status) && status < 500) throw error;
  if ((e.code ?? e.error?.code) === "insufficient_quota") throw error;
  const wait = retryAfterMs(e.headers);
  if (wait !== undefined) {
    if (wait > MAX_RETRY_AFTER_MS) throw error;
    e.retryAfterMs = wait;
  }
}

function retryAfterMs(headers: { get?: (name: string) => string | null } | undefined): number | undefined {
  const get = (name: string) => (typeof headers?.get === "function" ? headers.get(name) : null);
  const ms = Number.parseFloat(get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const header = get("retry-after");
  if (!header) return undefined;
  const seconds = Number.parseFloat(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
