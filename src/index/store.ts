import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import { basename, join } from "node:path";

/**
 * The index directory on disk (DESIGN.md, "Paths"): INDEX_DIR/versions/<id>/, a `current` symlink
 * replaced by renaming a new link over it, and the reindex lock. Also the durable-write primitives and
 * the one fault-injection hook the crash tests use.
 */

export const VERSIONS_DIR = "versions";
export const CURRENT_LINK = "current";
const TEMP_MARK = ".tmp-";

export function versionsDir(indexDir: string): string {
  return join(indexDir, VERSIONS_DIR);
}

/** Sortable by time: 20250101T120000123Z-3fa9. */
export function newVersionId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, "");
  return `${stamp}-${randomBytes(2).toString("hex")}`;
}

export function tempVersionDir(indexDir: string, id: string): string {
  return join(versionsDir(indexDir), `${id}${TEMP_MARK}${process.pid}`);
}

/** The version `current` points at, or null when there is none yet. */
export async function readCurrentVersion(indexDir: string): Promise<{ id: string; dir: string } | null> {
  try {
    const target = await readlink(join(indexDir, CURRENT_LINK));
    const id = basename(target);
    return { id, dir: join(versionsDir(indexDir), id) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/** Move a finished temp directory into place, then point `current` at it. */
export async function publishVersion(indexDir: string, tempDir: string, id: string): Promise<void> {
  const finalDir = join(versionsDir(indexDir), id);
  checkpoint("before-rename");
  await rename(tempDir, finalDir);
  await fsyncPath(versionsDir(indexDir));
  checkpoint("before-swap");
  const tempLink = join(indexDir, `${CURRENT_LINK}${TEMP_MARK}${process.pid}`);
  await rm(tempLink, { force: true });
  await symlink(join(VERSIONS_DIR, id), tempLink);
  await rename(tempLink, join(indexDir, CURRENT_LINK));
  await fsyncPath(indexDir);
}

/** Keep the newest `keep` finished versions and always the current one; returns what was deleted. */
export async function pruneVersions(indexDir: string, keep = 2): Promise<string[]> {
  const current = (await readCurrentVersion(indexDir))?.id;
  const finished = (await listEntries(versionsDir(indexDir))).filter((n) => !n.includes(TEMP_MARK)).sort();
  const doomed = finished.slice(0, Math.max(0, finished.length - keep)).filter((n) => n !== current);
  for (const name of doomed) await rm(join(versionsDir(indexDir), name), { recursive: true, force: true });
  return doomed;
}

/**
 * What a build that died leaves behind: temp directories and links, and a finished version that was
 * never put in service (ids sort by time, so it is newer than `current`). Call only while holding the lock.
 */
export async function removeLeftovers(indexDir: string): Promise<string[]> {
  const current = (await readCurrentVersion(indexDir))?.id;
  const entries = await listEntries(versionsDir(indexDir));
  const unserved = current ? entries.filter((n) => !n.includes(TEMP_MARK) && n > current) : [];
  const doomed = [...entries.filter((n) => n.includes(TEMP_MARK)), ...unserved];
  for (const name of doomed) await rm(join(versionsDir(indexDir), name), { recursive: true, force: true });
  const links = (await listEntries(indexDir)).filter((n) => n.startsWith(`${CURRENT_LINK}${TEMP_MARK}`));
  for (const name of links) await rm(join(indexDir, name), { force: true });
  return doomed;
}

async function listEntries(dir: string): Promise<string[]> {
  return readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return [];
    throw e;
  });
}

/** Write a file and flush it to disk before returning. */
export async function writeDurable(path: string, data: string | Uint8Array): Promise<void> {
  injectWriteFault(path);
  const handle = await open(path, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Write a file from pieces (joined, they are its content) and flush it to disk before returning. */
export async function writeDurablePieces(path: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
  injectWriteFault(path);
  const handle = await open(path, "w");
  try {
    let buffered: string[] = [];
    let size = 0;
    const flush = async () => {
      if (buffered.length) await handle.writeFile(buffered.join(""));
      buffered = [];
      size = 0;
    };
    for (const piece of pieces) {
      if (typeof piece !== "string") {
        await flush();
        await handle.writeFile(piece);
        continue;
      }
      buffered.push(piece);
      size += piece.length;
      if (size >= 1 << 20) await flush();
    }
    await flush();
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Write whole or not at all: a temp file beside the target, flushed, then renamed over it. Pieces are written one by one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<Uint8Array>): Promise<void> {
  const temp = `${path}${TEMP_MARK}${process.pid}`;
  try {
    if (typeof data === "string" || data instanceof Uint8Array) await writeDurable(temp, data);
    else await writeDurablePieces(temp, data);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** fsync a file or directory written by someone else (hnswlib, a rename). */
export async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function ensureDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
}

/**
 * Fault injection for the crash-safety tests, in one place: SAFEGUIDE_FAULT=<checkpoint> kills this
 * process outright at that point; SAFEGUIDE_FAULT=enospc:<file name> makes writing that file fail as
 * a full disk would. Read from process.env on purpose: it is a test hook, not configuration.
 */
export function checkpoint(name: string): void {
  if (process.env.SAFEGUIDE_FAULT === name) process.kill(process.pid, "SIGKILL");
}

export function injectWriteFault(path: string): void {
  const fault = process.env.SAFEGUIDE_FAULT;
  if (fault?.startsWith("enospc:") && fault.slice("enospc:".length) === basename(path.replace(/\.tmp-\d+$/, ""))) {
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: "ENOSPC", path });
  }
}
