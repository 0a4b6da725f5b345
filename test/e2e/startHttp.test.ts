import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { npmScriptFlags } from "../../bench/childScript.js";
import { FakeSlack } from "../../testkit/fakeSlack.js";
import { blocksText, commandBody, eventBody, mention, sendSigned, SIGNING_SECRET, waitFor } from "../slack/harness.js";
import { fakeSlackToken } from "../../testkit/fakeTokens.js";

/**
 * The real entry point (`npm start` → src/main.ts, with its node flags) in HTTP mode, with the real pipeline,
 * against a fake Slack.
 */

let fake: FakeSlack;
let app: ChildProcess;
let port: number;
let stderr = "";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const p = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return p;
}

beforeAll(async () => {
  fake = await new FakeSlack().start();
  port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "sg-start-"));
  cpSync("corpus", join(dir, "corpus"), { recursive: true });
  app = spawn(process.execPath, [...npmScriptFlags("start"), "--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      CORPUS_DIR: join(dir, "corpus"),
      INDEX_DIR: join(dir, "index"),
      DATA_DIR: join(dir, "data"),
      SLACK_BOT_TOKEN: fakeSlackToken("xoxb"),
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: "",
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      OPENAI_API_KEY: "",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  app.stderr!.on("data", (d) => (stderr += String(d)));
  await waitFor(() => /listening for Slack/.test(stderr), 90_000, "the app to listen");
}, 120_000);

afterAll(async () => {
  app?.kill("SIGTERM");
  await fake?.stop();
});

describe("npm start in HTTP mode", () => {
  it("builds the missing index, then answers a signed mention once in its thread, with sources", async () => {
    expect(stderr).toMatch(/building it/i);
    const event = mention("what does DREAMM stand for?");
    const res = await sendSigned(port, eventBody(event));
    expect(res.status).toBe(200);
    const posts = () => fake.callsTo("chat.postMessage");
    const [post] = await waitFor(() => posts().length >= 1 && posts(), 20_000, "the answer");
    expect(post.args.thread_ts).toBe(event.ts);
    expect(blocksText(post.args.blocks).toLowerCase()).toContain("daily risk exploitation and missing meeting");
    expect(blocksText(post.args.blocks)).toContain("Sources");
    expect(stderr).not.toContain("DREAMM");
  });

  it("answers Slack's URL verification challenge", async () => {
    const res = await sendSigned(port, JSON.stringify({ type: "url_verification", challenge: "c-123", token: "legacy" }));
    expect(res.status).toBe(200);
    expect(res.text).toContain("c-123");
  });

  it("acknowledges /safeguide at once and answers through response_url", async () => {
    const res = await sendSigned(port, commandBody("what does CSE stand for?", fake.responseUrl("cmd1")), {
      contentType: "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(200);
    const [reply] = await waitFor(
      () => fake.responses.filter((r) => r.id === "cmd1").length > 0 && fake.responses.filter((r) => r.id === "cmd1"),
      20_000,
      "the command's answer",
    );
    expect(JSON.stringify(reply.body).toLowerCase()).toContain("child sexual exploitation");
  });

  it("refuses a bad signature and survives a malformed payload", async () => {
    const bad = await sendSigned(port, eventBody(mention("hello")), { secret: "wrong" });
    expect(bad.status).toBe(401);
    const malformed = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBeGreaterThanOrEqual(400);
    const again = await sendSigned(port, eventBody(mention("what does CSE stand for?")));
    expect(again.status).toBe(200);
  });

  it("on SIGTERM stops taking deliveries and exits 0", async () => {
    const res = await sendSigned(port, eventBody(mention("what does CSE stand for?")));
    expect(res.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => app.once("exit", (code) => resolve(code)));
    app.kill("SIGTERM");
    expect(await exited).toBe(0);
    await expect(sendSigned(port, eventBody(mention("anyone there?")))).rejects.toThrow();
  }, 20_000);
});
