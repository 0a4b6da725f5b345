import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fakeSlackToken } from "../../testkit/fakeTokens.js";

/** `npm start` refuses an incomplete Slack configuration at once, before any index work, naming what is missing. */

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, SLACK_APP_TOKEN: "", SLACK_SIGNING_SECRET: "", INDEX_DIR: "/nonexistent/never-built", ...env },
    encoding: "utf8",
    input: "",
    timeout: 60_000,
  });
}

describe("npm start with incomplete settings", () => {
  it("exits 1 naming the missing Slack variables when only a bot token is set", () => {
    const r = start({ SLACK_BOT_TOKEN: fakeSlackToken("xoxb") });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("SLACK_APP_TOKEN");
    expect(r.stderr).toContain("SLACK_SIGNING_SECRET");
  });
  it("exits 1 with a clear message for an invalid setting", () => {
    const r = start({ SLACK_BOT_TOKEN: "", PORT: "abc" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Invalid configuration: PORT/);
  });
});
