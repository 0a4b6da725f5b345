import { hostname } from "node:os";
import { join } from "node:path";
import { open, readFile, rm, stat } from "node:fs/promises";
import { ensureDir } from "./store.js";

/**
 * One reindex at a time per index directory: INDEX_DIR/reindex.lock, created with O_EXCL and naming the
 * PID that holds it. A lock whose process is gone (a crash, a kill -9) is stale and is taken over.
 */

export const LOCK_FILE = "reindex.lock";
/** A lock file this young with no readable content is still being written by its owner. */
const WRITING_GRACE_MS = 10_000;

export interface LockInfo {
  pid: number;
  startedAt: string;
  host: string;
}

export interface HeldLock {
  info: LockInfo;
  /** Set when a stale lock was taken over. */
  warning: string | null;
  release(): Promise<void>;
}

export class LockError extends Error {
  constructor(
    message: string,
    readonly holder: LockInfo | null,
  ) {
    super(message);
    this.name = "LockError";
  }
}

export function lockPath(indexDir: string): string {
  return join(indexDir, LOCK_FILE);
}

export async function acquireLock(indexDir: string): Promise<HeldLock> {
  await ensureDir(indexDir);
  const path = lockPath(indexDir);
  const info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), host: hostname() };
  let warning: string | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      try {
        await handle.writeFile(`${JSON.stringify(info)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { info, warning, release: () => releaseLock(path, info) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = await readLock(indexDir);
    if (holder && isAlive(holder.pid)) {
      throw new LockError(
        `another reindex is running (PID ${holder.pid}, started ${holder.startedAt}); wait for it to finish. ` +
          `If that process no longer exists, delete ${path}.`,
        holder,
      );
    }
    if (!holder && (await ageMs(path)) < WRITING_GRACE_MS) {
      throw new LockError(`another reindex is starting (${path} is being written); try again in a moment`, null);
    }
    warning = holder
      ? `took over a stale reindex lock left by PID ${holder.pid} (started ${holder.startedAt}), which is no longer running`
      : `took over an unreadable stale reindex lock (${path})`;
    await rm(path, { force: true });
  }
  throw new LockError(`could not take the reindex lock ${path}; another reindex may have just started`, null);
}

/** The lock's contents, or null when there is none or it cannot be parsed. */
export async function readLock(indexDir: string): Promise<LockInfo | null> {
  try {
    const parsed = JSON.parse(await readFile(lockPath(indexDir), "utf8")) as Partial<LockInfo>;
    if (!Number.isInteger(parsed.pid) || (parsed.pid ?? 0) <= 0) return null;
    return { pid: parsed.pid!, startedAt: String(parsed.startedAt ?? "unknown"), host: String(parsed.host ?? "") };
  } catch {
    return null;
  }
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists but is not ours. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function releaseLock(path: string, info: LockInfo): Promise<void> {
  const current = await readFile(path, "utf8").catch(() => null);
  // Only our own lock: if it was taken over (we were presumed dead), it is no longer ours to delete.
  if (current !== null && current.trim() === JSON.stringify(info)) await rm(path, { force: true });
}

async function ageMs(path: string): Promise<number> {
  try {
    return Date.now() - (await stat(path)).mtimeMs;
  } catch {
    return Infinity;
  }
}
