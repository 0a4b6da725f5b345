import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { openSlackStores } from "../../src/app/stores.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logging.js";
import { createSlackApp, type SlackApp } from "../../src/slack/app.js";
import { FakeService } from "./fakeService.js";
import { FakeSlack } from "../../testkit/fakeSlack.js";
import { APP_TOKEN, BOT_TOKEN, eventBody, mention, waitFor } from "./harness.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
});

/** A local stand-in for Slack's Socket Mode endpoint: says hello, then delivers the envelopes. */
async function socketServer(...envelopes: Record<string, unknown>[]) {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((resolve) => wss.once("listening", resolve));
  const acks: Record<string, any>[] = [];
  wss.on("connection", (socket: WebSocket) => {
    socket.on("message", (data) => acks.push(JSON.parse(data.toString())));
    socket.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0001" } }));
    for (const envelope of envelopes) socket.send(JSON.stringify(envelope));
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close(() => resolve());
    });
  return { url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`, acks, close };
}

describe("Socket Mode", () => {
  it("connects through apps.connections.open, acknowledges each envelope by id and answers a redelivered event once", async () => {
    const fake = await new FakeSlack().start();
    cleanups.push(() => fake.stop());
    const event = mention("what did inspectors ask GPs to do?");
    const payload = JSON.parse(eventBody(event));
    const ws = await socketServer(
      { type: "events_api", envelope_id: "env-0001", accepts_response_payload: false, retry_attempt: 0, retry_reason: "", payload },
      { type: "events_api", envelope_id: "env-0002", accepts_response_payload: false, retry_attempt: 1, retry_reason: "timeout", payload },
    );
    cleanups.push(ws.close);
    fake.socketUrl = ws.url;
    const dataDir = await mkdtemp(join(tmpdir(), "safeguide-socket-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, DATA_DIR: dataDir });
    const logger = createLogger("silent");
    const slack: SlackApp = createSlackApp(config, new FakeService(), { logger, stores: await openSlackStores(config, logger) });
    expect(slack.mode).toBe("socket");
    await slack.start();
    cleanups.push(() => slack.stop());

    expect(fake.callsTo("apps.connections.open")).toHaveLength(1);
    await waitFor(() => ["env-0001", "env-0002"].every((id) => ws.acks.some((a) => a.envelope_id === id)), 5000, "both envelope acks");
    const [post] = await waitFor(
      () => fake.callsTo("chat.postMessage").length === 1 && fake.callsTo("chat.postMessage"),
      5000,
      "the answer",
    );
    expect(post.args.thread_ts).toBe(event.ts);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });
});
