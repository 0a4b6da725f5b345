import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Slack's Web API on 127.0.0.1: records every call and answers the methods the app uses
 * the way Slack does (form-encoded requests, JSON `{ ok: ... }` replies). It also serves response_url
 * endpoints (/response/<id>) and the upload URL of files.uploadV2.
 */

export interface RecordedCall {
  method: string;
  args: Record<string, any>;
  at: number;
}

export interface ThreadMessage {
  ts: string;
  text: string;
  user?: string;
  bot_id?: string;
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export type Stumble = { status: number; retryAfter?: number } | { error: string } | "hang" | "ok";

export const BOT_USER_ID = "UBOT";
export const BOT_ID = "BBOT";
export const TEAM_ID = "T0001";

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** Bodies posted to response_url endpoints, with the id from the path. */
  readonly responses: { id: string; body: Record<string, any>; at: number }[] = [];
  /** Files posted to upload URLs (the Web API client sends them as multipart/form-data): their bytes. */
  readonly uploads: { fileId: string; bytes: number; body: Buffer }[] = [];
  /** conversations.replies answers, keyed by `${channel}:${thread_ts}`. */
  readonly threads = new Map<string, ThreadMessage[]>();
  /** Answer the next N calls of a method with HTTP 429 and this Retry-After. */
  readonly rateLimits = new Map<string, { times: number; retryAfter: number }>();
  rateLimited = 0;
  /**
   * What the next calls of a method meet instead of an answer, one step per call: an HTTP status (429 with
   * or without Retry-After, 5xx), a Slack error (`token_revoked`), `hang` (the call never returns), or `ok`.
   */
  readonly stumbles = new Map<string, Stumble[]>();
  /** Every call of every method answers this Slack error (a revoked token) while set. */
  failAll: string | null = null;
  /** Calls left hanging by a `hang` stumble. */
  hung = 0;
  /** Calls answered with a 5xx by a stumble. */
  serverErrors = 0;
  /** Calls answered with a Slack error by a stumble or failAll (not in `calls`). */
  readonly refused: RecordedCall[] = [];
  /** response_url ids Slack no longer takes (older than 30 minutes, or used 5 times): 404 "expired_url". */
  readonly expiredResponseUrls = new Set<string>();
  /** While true, every Web API and response_url request has its connection cut: a network-level outage. */
  down = false;
  /** Requests cut while down. */
  cut = 0;
  socketUrl = "";
  private server?: Server;
  private port = 0;
  private seq = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** The next calls of `method` meet these steps, in order, then it answers as usual. */
  stumble(method: string, ...steps: Stumble[]): void {
    this.stumbles.set(method, [...(this.stumbles.get(method) ?? []), ...steps]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private nextTs(): string {
    this.seq += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.seq).padStart(6, "0")}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.down) {
      this.cut += 1;
      req.socket.destroy();
      return;
    }
    const rawBytes = await readBody(req);
    const raw = rawBytes.toString("utf8");
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path.startsWith("/response/")) {
      if (this.expiredResponseUrls.has(path.slice("/response/".length))) return send(res, 404, { ok: false, error: "expired_url" });
      this.responses.push({ id: path.slice("/response/".length), body: JSON.parse(raw || "{}"), at: Date.now() });
      return send(res, 200, { ok: true });
    }
    if (path.startsWith("/upload/")) {
      const body = uploadedFile(rawBytes, req.headers["content-type"]);
      this.uploads.push({ fileId: path.slice("/upload/".length), bytes: body.length, body });
      res.writeHead(200, { "content-type": "text/plain" }).end("OK");
      return;
    }
    if (!path.startsWith("/api/")) return send(res, 404, { ok: false, error: "not_found" });
    const method = path.slice("/api/".length);
    const limit = this.rateLimits.get(method);
    if (limit && limit.times > 0) {
      limit.times -= 1;
      this.rateLimited += 1;
      res.writeHead(429, { "content-type": "application/json", "retry-after": String(limit.retryAfter) });
      res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
      return;
    }
    const step = this.stumbles.get(method)?.shift();
    if (step === "hang") {
      this.hung += 1;
      return;
    }
    if (typeof step === "object" && "status" in step) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (step.retryAfter !== undefined) headers["retry-after"] = String(step.retryAfter);
      if (step.status === 429) this.rateLimited += 1;
      if (step.status >= 500) this.serverErrors += 1;
      res.writeHead(step.status, headers).end(JSON.stringify({ ok: false, error: step.status === 429 ? "ratelimited" : "internal_error" }));
      return;
    }
    const refusal = (typeof step === "object" ? step.error : undefined) ?? this.failAll;
    const args = parseArgs(raw, req.headers["content-type"]);
    if (refusal) {
      this.refused.push({ method, args, at: Date.now() });
      return send(res, 200, { ok: false, error: refusal });
    }
    this.calls.push({ method, args, at: Date.now() });
    send(res, 200, this.reply(method, args));
  }

  private reply(method: string, args: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, user: "safeguide", url: "https://fake.slack.com/" };
      case "chat.postMessage": {
        const ts = this.nextTs();
        // A reply joins its thread, as conversations.replies would show it.
        if (args.thread_ts) {
          const thread = `${args.channel}:${args.thread_ts}`;
          const reply: ThreadMessage = {
            ts,
            text: String(args.text ?? ""),
            user: BOT_USER_ID,
            bot_id: BOT_ID,
            thread_ts: String(args.thread_ts),
          };
          if (args.metadata) reply.metadata = args.metadata;
          this.threads.set(thread, [...(this.threads.get(thread) ?? []), reply]);
        }
        return { ok: true, channel: args.channel, ts, message: { ts, text: args.text, bot_id: BOT_ID, user: BOT_USER_ID } };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "chat.update":
        return { ok: true, channel: args.channel, ts: args.ts };
      case "conversations.open": {
        // One DM per user, id derived from it, as Slack keeps the same DM channel for a user.
        const users = String(args.users ?? "");
        if (!users || users.includes(",")) return { ok: false, error: users ? "not_implemented" : "users_list_not_supplied" };
        return { ok: true, channel: { id: `D${users.replace(/[^A-Z0-9]/gi, "")}` } };
      }
      case "conversations.replies": {
        // Slack leaves message metadata out unless it is asked for.
        const all = (this.threads.get(`${args.channel}:${args.ts}`) ?? []).map(({ metadata, ...m }) =>
          args.include_all_metadata === "true" || args.include_all_metadata === true ? { ...m, ...(metadata ? { metadata } : {}) } : m,
        );
        // Paged oldest first, as Slack pages a thread: `limit` a page, an opaque cursor to the next.
        const from = args.cursor ? Number(String(args.cursor).slice("page_".length)) : 0;
        const limit = Number(args.limit ?? 1000);
        const messages = all.slice(from, from + limit);
        const more = from + limit < all.length;
        return { ok: true, messages, has_more: more, ...(more ? { response_metadata: { next_cursor: `page_${from + limit}` } } : {}) };
      }
      case "views.publish":
      case "views.open":
        return { ok: true, view: { id: `V${this.nextTs()}`, ...(typeof args.view === "object" ? args.view : {}) } };
      case "assistant.threads.setStatus":
      case "assistant.threads.setSuggestedPrompts":
      case "assistant.threads.setTitle":
        return { ok: true };
      case "files.getUploadURLExternal": {
        const fileId = `F${this.seq + 1}`;
        this.seq += 1;
        return { ok: true, file_id: fileId, upload_url: `${this.apiUrl.replace(/api\/$/, "")}upload/${fileId}` };
      }
      case "files.completeUploadExternal":
        return { ok: true, files: (args.files ?? []).map((f: { id: string; title?: string }) => ({ id: f.id, title: f.title })) };
      case "apps.connections.open":
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: "invalid_auth" };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The file in a multipart/form-data body (its first part), or the body itself when it is not multipart. */
function uploadedFile(raw: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? "");
  if (!contentType?.includes("multipart/form-data") || !boundary) return raw;
  const delimiter = Buffer.from(`\r\n--${boundary[1] ?? boundary[2]}`);
  const headersEnd = raw.indexOf("\r\n\r\n");
  if (headersEnd < 0) return raw;
  const start = headersEnd + 4;
  const end = raw.indexOf(delimiter, start);
  return raw.subarray(start, end < 0 ? raw.length : end);
}

/** The Web API client sends form fields, with objects and arrays as JSON strings. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes("application/json")) return JSON.parse(raw || "{}");
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
