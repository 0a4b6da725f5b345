import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { openSlackStores } from "../../src/app/stores.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logging.js";
import { slackModeFor } from "../../src/slack/mode.js";
import { startSlackFromConfig } from "../../src/slack/start.js";
import { FakeService } from "./fakeService.js";
import { FakeSlack } from "../../testkit/fakeSlack.js";
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from "./harness.js";

describe("slackModeFor", () => {
  it("chooses Socket Mode, HTTP mode, or names what is missing", () => {
    expect(slackModeFor(loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET }))).toBe(
      "socket",
    );
    expect(slackModeFor(loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET }))).toBe("http");
    expect(slackModeFor(loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: "" }))).toEqual({
      missing: ["SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"],
    });
    expect(slackModeFor(loadConfig({}))).toEqual({ missing: ["SLACK_BOT_TOKEN"] });
  });
});

describe("startSlackFromConfig", () => {
  it("returns exit code 1 and logs the missing variables", async () => {
    const lines: string[] = [];
    const logger = createLogger("info", { write: (s: string) => void lines.push(s) });
    const stores = await openSlackStores(loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), "safeguide-mode-")) }), logger);
    const close = vi.spyOn(stores, "close");
    const result = await startSlackFromConfig(loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN }), new FakeService(), { logger, stores });
    expect(result.exitCode).toBe(1);
    expect(lines.join("")).toContain("SLACK_APP_TOKEN");
    expect(lines.join("")).toContain("SLACK_SIGNING_SECRET");
    expect(close).toHaveBeenCalledOnce();
  });

  it("starts in HTTP mode and reports the bound port", async () => {
    const fake = await new FakeSlack().start();
    try {
      const dataDir = mkdtempSync(join(tmpdir(), "safeguide-mode-"));
      const config = loadConfig({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: "0",
        DATA_DIR: dataDir,
      });
      const logger = createLogger("silent");
      const result = await startSlackFromConfig(config, new FakeService(), { logger, stores: await openSlackStores(config, logger) });
      expect(result.exitCode).toBe(0);
      expect(result.port).toBeGreaterThan(0);
      expect(fake.callsTo("auth.test")).toHaveLength(1);
      await result.slack!.stop();
    } finally {
      await fake.stop();
    }
  });
});
