import type { HTTPReceiver } from "@slack/bolt";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { parse as parseQuery } from "node:querystring";
import type { Logger } from "../../logging.js";
import { isFreshTimestamp } from "./freshness.js";

export interface DoorOptions {
  signingSecret: string;
  /** Bodies larger than this are refused (413) before they are read. */
  maxBytes: number;
  logger: Logger;
  now?: () => number;
}

const CONTENT_TYPES = new Set(["application/json", "application/x-www-form-urlencoded"]);

/**
 * Hostile input stops at the door, before Bolt's receiver reads or parses anything: a stale or future
 * timestamp or a missing signature is refused (401) unread; a body over the limit is refused (413) by its
 * declared length or as soon as it outgrows the limit; a bad signature is refused (401) before parsing;
 * a signed body that is not a JSON object or form Slack would send (null, an array, another content type)
 * gets a 400 and never reaches Bolt, whose receiver would crash on a JSON null. What passes is handed on
 * already read and verified (Bolt reuses `rawBody`, and does not check the signature again: app.ts).
 */
export function guardTheDoor(receiver: HTTPReceiver, options: DoorOptions): void {
  const listener = receiver.requestListener;
  const now = options.now ?? Date.now;
  receiver.requestListener = (req, res) => {
    if (req.method !== "POST") return listener(req, res);
    const refuse = (status: number, why: string) => {
      options.logger.warn({ status }, `Slack request refused: ${why}`);
      // The connection closes after the answer, so an unread body is not read on.
      res.writeHead(status, { connection: "close" }).end();
      req.resume();
    };
    if (!isFreshTimestamp(req.headers["x-slack-request-timestamp"], now()))
      return refuse(401, "timestamp missing or over 5 minutes from now");
    const signature = req.headers["x-slack-signature"];
    if (typeof signature !== "string") return refuse(401, "unsigned");
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > options.maxBytes) return refuse(413, "body over the size limit");
    void readLimited(req, options.maxBytes).then(
      (body) => {
        if (!body) return refuse(413, "body over the size limit");
        if (!signedBy(options.signingSecret, String(req.headers["x-slack-request-timestamp"]), body, signature))
          return refuse(401, "bad signature");
        const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
        if (!CONTENT_TYPES.has(type)) return refuse(400, "content type Slack does not send");
        if (!isSlackShaped(type, body)) return refuse(400, "malformed body");
        // Bolt compares the content type exactly and reuses a body already read.
        req.headers["content-type"] = type;
        Object.assign(req, { rawBody: body });
        listener(req, res);
      },
      () => refuse(400, "body could not be read"),
    );
  };
}

/** The body, or null once it outgrows `max` (reading stops there). */
function readLimited(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off("data", onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

function signedBy(secret: string, timestamp: string, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac("sha256", secret).update(`v0:${timestamp}:`).update(body).digest("hex")}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * JSON that can only be an object, or a form whose `payload` (interactions) can only be one. Not parsed
 * here: Bolt parses the body once after the door, and answers one that does not parse with a 400 (its log
 * line scrubbed of the body's text by src/redact.ts). JSON text that opens with `{` is an object or invalid.
 */
function isSlackShaped(type: string, body: Buffer): boolean {
  if (type === "application/json") return opensAnObject(body.toString("utf8"));
  const form = parseQuery(body.toString("utf8"));
  if (form.payload === undefined) return true;
  return typeof form.payload === "string" && opensAnObject(form.payload);
}

function opensAnObject(json: string): boolean {
  return /^[ \t\r\n]*\{/.test(json);
}
