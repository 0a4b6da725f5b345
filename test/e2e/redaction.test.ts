import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../../testkit/fakeSlack.js";
import { fakeSlackToken } from "../../testkit/fakeTokens.js";
import { commandBody, eventBody, FORM, mention, sendSigned, SIGNING_SECRET, waitFor } from "../slack/harness.js";
import { startChild, type ChildApp } from "./childApp.js";

/**
 * Logs contract: with every post failing at the network level (the fake Slack cuts each connection), the
 * app logs its failures, and nothing it prints holds the bot token, an Authorization header, the signing
 * secret or the question's words.
 */

const TOKEN = fakeSlackToken("xoxb");
const QUESTION = "Marigold Pemberton-Wolfe disclosed something at Thistlewood Primary, what now?";

let fake: FakeSlack;
let app: ChildApp;
let dataDir: string;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  dataDir = mkdtempSync(join(tmpdir(), "safeguide-redaction-"));
  app = await startChild({ SLACK_API_URL: fake.apiUrl, DATA_DIR: dataDir, SLACK_BOT_TOKEN: TOKEN, SLACK_POST_RETRY_MS: "3000" });
}, 60_000);

afterAll(async () => {
  app?.kill("SIGKILL");
  await fake?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("logs after forced network failures", () => {
  it("hold no token, Authorization header, signing secret or question text", async () => {
    fake.down = true;
    expect((await sendSigned(app.port, eventBody(mention(QUESTION)))).status).toBe(200);
    expect((await sendSigned(app.port, commandBody(QUESTION, fake.responseUrl("r1")), { contentType: FORM })).status).toBe(200);
    expect((await sendSigned(app.port, "{not json " + QUESTION)).status).toBe(400);
    await waitFor(() => (app.output().match(/the delivery stays pending/g) ?? []).length >= 2, 15_000, "both answers to be deferred");

    const output = app.output();
    expect(output).toMatch(/posting to Slack failed; retrying/);
    expect(output).toContain("ECONNRESET");
    expect(output).not.toContain(TOKEN);
    expect(output).not.toMatch(/xoxb-\d/);
    expect(output).not.toMatch(/Bearer\s+x/i);
    expect(output).not.toMatch(/authorization/i);
    expect(output).not.toContain(SIGNING_SECRET);
    for (const word of ["Marigold", "Pemberton", "Thistlewood", "disclosed"]) expect(output).not.toContain(word);
  }, 60_000);
});
