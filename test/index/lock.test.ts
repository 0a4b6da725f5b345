import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { acquireLock, LOCK_FILE, LockError } from "../../src/index/lock.js";
import { makeCorpus, type TestCorpus } from "./helpers.js";

let corpus: TestCorpus;
let lockFile: string;

beforeAll(() => {
  corpus = makeCorpus();
  lockFile = join(corpus.indexDir, LOCK_FILE);
  mkdirSync(corpus.indexDir, { recursive: true });
});
afterAll(() => corpus.cleanup());

/** The PID of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid;
}

describe("the reindex lock", () => {
  it("refuses to run while a live process holds the lock, naming its PID", async () => {
    writeFileSync(lockFile, JSON.stringify({ pid: process.pid, startedAt: "2025-01-01T00:00:00.000Z", host: "here" }));
    const report = await buildIndex(corpus.config());
    expect(report).toMatchObject({ outcome: "failed", exitCode: 1, version: null });
    expect(report.error).toContain(`another reindex is running (PID ${process.pid}`);
    expect(existsSync(join(corpus.indexDir, "versions"))).toBe(false);
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(process.pid); // not ours to remove
  });

  it("takes over a lock whose process is gone, and says so", async () => {
    const pid = deadPid();
    writeFileSync(lockFile, JSON.stringify({ pid, startedAt: "2025-01-01T00:00:00.000Z", host: "here" }));
    const report = await buildIndex(corpus.config());
    expect(report.outcome).toBe("built");
    expect(report.warnings).toContain(
      `took over a stale reindex lock left by PID ${pid} (started 2025-01-01T00:00:00.000Z), which is no longer running`,
    );
    expect(existsSync(lockFile)).toBe(false);
  });

  it("is exclusive within one process too, and released for the next holder", async () => {
    const held = await acquireLock(corpus.indexDir);
    await expect(acquireLock(corpus.indexDir)).rejects.toBeInstanceOf(LockError);
    await held.release();
    const again = await acquireLock(corpus.indexDir);
    await again.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it("treats a fresh unreadable lock as being written, and an old one as stale", async () => {
    writeFileSync(lockFile, "");
    await expect(acquireLock(corpus.indexDir)).rejects.toThrow(/being written/);
    utimesSync(lockFile, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const held = await acquireLock(corpus.indexDir);
    expect(held.warning).toMatch(/unreadable stale reindex lock/);
    await held.release();
  });

  it("a dry run needs no lock", async () => {
    writeFileSync(lockFile, JSON.stringify({ pid: process.pid, startedAt: "now", host: "here" }));
    expect((await buildIndex(corpus.config(), { dryRun: true })).outcome).toBe("unchanged");
    corpus.write("new.txt", "A new document about early help assessments.\n");
    const report = await buildIndex(corpus.config(), { dryRun: true });
    expect(report).toMatchObject({ outcome: "dry-run", exitCode: 0 });
    expect(report.sources.find((s) => s.file === "new.txt")?.status).toBe("added");
  });
});
