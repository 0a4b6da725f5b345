import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSlackStores } from "../../src/app/stores.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/database.js";
import { createLogger } from "../../src/logging.js";
import { BOT_TOKEN, SIGNING_SECRET } from "../slack/harness.js";

/** A database address that accepts connections and never answers: start-up fails within its timeout, naming the host. */

let server: Server;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe("a black-hole database address", () => {
  it("openDatabase gives up at its connection timeout, naming the host and port, not the password", async () => {
    const url = `postgres://safeguide:not-the-password@127.0.0.1:${port}/safeguide`;
    const error = (await openDatabase(url, { timeoutMs: 300 }).catch((e: Error) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toMatch(/timeout/i);
    expect(error.message).not.toContain("not-the-password");
    expect(sockets.length).toBeGreaterThan(0);
  });

  it("the Slack app's start exits 1 with a log line naming the host", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "safeguide-blackhole-"));
    const lines: string[] = [];
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      DATABASE_URL: `postgres://safeguide@127.0.0.1:${port}/safeguide`,
      DATABASE_TIMEOUT_MS: "300",
      DATA_DIR: dataDir,
      PORT: "0",
    });
    const logger = createLogger("info", { write: (s: string) => void lines.push(s) });
    // Start-up opens the stores first (src/app/start.ts exits 1 with this message).
    await expect(openSlackStores(config, logger)).rejects.toThrow(`could not open the shared database (DATABASE_URL) at 127.0.0.1:${port}`);
    await rm(dataDir, { recursive: true, force: true });
  });
});
