import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCorpus, REPO, type TestCorpus } from "../index/helpers.js";
import { main } from "../../scripts/commands/sync.js";
import { runMain } from "../helpers/command.js";
import { plain, startDocumentServer, type DocumentServer } from "./documentServer.js";

/** scripts/sync.ts (its main) as an admin runs it: --json prints only JSON, the exit code says how it went. */

let server: DocumentServer;
let corpus: TestCorpus;

beforeAll(async () => {
  server = await startDocumentServer();
  corpus = makeCorpus();
  server.routes.set(
    "/procedure.txt",
    plain(200, "Strategy meetings are held within two working days of a referral.\n", { "content-type": "text/plain" }),
  );
  corpus.write("sources.json", JSON.stringify([{ url: `${server.base}/procedure.txt` }, { url: `${server.base}/gone.txt` }]));
});
afterAll(async () => {
  await server.close();
  corpus.cleanup();
});

const envOf = () => ({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...corpus.env, SYNC_ALLOWED_HOSTS: "127.0.0.1" });

/** The script's main in this process. */
async function runSync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { status, stdout, stderr } = await runMain(main, args, envOf());
  return { code: status, stdout, stderr };
}

/** The script itself, spawned. Asynchronous on purpose: the document server answers from this process's event loop. */
function spawnScript(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = envOf();
    const child = execFile(
      process.execPath,
      ["--import", "tsx", "scripts/sync.ts", ...args],
      { cwd: REPO, env, timeout: 60_000 },
      (_e, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe("npm run sync (the script)", () => {
  it("--json prints only the report on stdout, reindexes, and exits 2 when a source failed", async () => {
    const run = await runSync(["--json"]);
    const report = JSON.parse(run.stdout);
    expect(report.sources).toEqual([
      { url: `${server.base}/procedure.txt`, file: "procedure.txt", status: "added", reason: null },
      { url: `${server.base}/gone.txt`, file: "gone.txt", status: "failed", reason: "HTTP 404" },
    ]);
    expect(report.reindex.version).toMatch(/^\d{8}T/);
    expect(run.stderr).toMatch(/reindexing/);
    expect(run.code).toBe(2);
  });

  it("--help prints the usage and exits 0 (the script, spawned)", async () => {
    const run = await spawnScript(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: npm run sync/);
  });
});
