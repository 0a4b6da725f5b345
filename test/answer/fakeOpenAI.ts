import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake OpenAI-compatible server on 127.0.0.1: records every request, answers chat completions as the test
 * says and embeddings with a small fixed vector per input.
 */

export interface Seen {
  url: string;
  headers: IncomingMessage["headers"];
  raw: string;
  body: any;
}
export type Reply = { status?: number; headers?: Record<string, string>; delayMs?: number; content?: unknown; error?: string };

export interface FakeOpenAI {
  baseURL: string;
  seen: Seen[];
  replyWith: (request: Seen, n: number) => Reply;
  close(): Promise<void>;
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  // eslint-disable-next-line prefer-const -- assigned after `fake`, whose close() refers to it
  let server: Server;
  const fake: FakeOpenAI = {
    baseURL: "",
    seen: [],
    replyWith: () => ({ content: {} }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const request = { url: req.url ?? "", headers: req.headers, raw, body: JSON.parse(raw || "{}") };
      fake.seen.push(request);
      respond(res, request, fake.replyWith(request, fake.seen.length));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

function respond(res: ServerResponse, request: Seen, reply: Reply) {
  const send = () => {
    if (res.destroyed) return;
    const status = reply.status ?? 200;
    const ok = request.url.endsWith("/embeddings") ? embeddingList(request.body) : completion(request.body, reply.content);
    const payload = status === 200 ? ok : { error: { message: reply.error ?? "failed", type: "server_error" } };
    res.writeHead(status, { "content-type": "application/json", ...reply.headers });
    res.end(JSON.stringify(payload));
  };
  if (reply.delayMs) setTimeout(send, reply.delayMs);
  else send();
}

/** A chat.completion answering in whichever structured-output form the request asked for. */
function completion(body: any, content: unknown) {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  const tool = body.tools?.[0]?.function?.name;
  const message = tool
    ? { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: tool, arguments: text } }] }
    : { role: "assistant", content: text };
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [{ index: 0, message, finish_reason: tool ? "tool_calls" : "stop", logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

const DIMENSIONS = 8;

/** One vector per input, as floats or as the base64 of float32s (the SDK asks for base64 unless told). */
function embeddingList(body: any) {
  const inputs: unknown[] = Array.isArray(body.input) ? body.input : [body.input];
  const vector = (i: number) => Array.from({ length: DIMENSIONS }, (_, d) => ((i + d) % DIMENSIONS) / DIMENSIONS);
  const encode = (v: number[]) => Buffer.from(new Float32Array(v).buffer).toString("base64");
  return {
    object: "list",
    model: body.model,
    data: inputs.map((_, i) => ({
      object: "embedding",
      index: i,
      embedding: body.encoding_format === "base64" ? encode(vector(i)) : vector(i),
    })),
    usage: { prompt_tokens: 1, total_tokens: 1 },
  };
}
