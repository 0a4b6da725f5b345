import type { IndexSettings } from "./settings.js";
import { isAlive, readLock } from "./lock.js";
import type { IndexSnapshot } from "./snapshot.js";
import { readCurrentVersion } from "./store.js";
import { IndexError, loadVersion } from "./version.js";

/**
 * Opening the index for queries. `loadIndex` refuses anything it cannot use, with the fix in the
 * message; `ensureIndex` (DESIGN.md, "Embedded default") builds the index first when there is none or
 * it cannot be used, and says so.
 */

export { IndexError } from "./version.js";
export type { IndexProblem } from "./version.js";

export type Say = (message: string) => void;

const toStderr: Say = (message) => process.stderr.write(`${message}\n`);
const WAIT_FOR_OTHER_BUILD_MS = 15 * 60_000;

export async function loadIndex(config: IndexSettings): Promise<IndexSnapshot> {
  let current: Awaited<ReturnType<typeof readCurrentVersion>>;
  try {
    current = await readCurrentVersion(config.indexDir);
  } catch (e) {
    throw new IndexError(
      `${config.indexDir}/current is not a link to an index version (${(e as Error).message}). Run \`npm run reindex\`.`,
      "damaged",
    );
  }
  if (!current) throw new IndexError(`There is no index in ${config.indexDir} yet. Run \`npm run reindex\` to build it.`, "missing");
  return loadVersion(current.dir, config);
}

export async function ensureIndex(config: IndexSettings, say: Say = toStderr): Promise<IndexSnapshot> {
  try {
    return await loadIndex(config);
  } catch (e) {
    if (!(e instanceof IndexError)) throw e;
    if (await waitForRunningReindex(config, say)) {
      const ready = await loadIndex(config).catch(() => null);
      if (ready) return ready;
    }
    say(
      e.problem === "missing"
        ? `No index in ${config.indexDir} yet: building it from ${config.corpusDir} (first run only)...`
        : `${e.message.replace(/ ?Run `npm run reindex`.*$/, "")} Rebuilding the index from ${config.corpusDir} now...`,
    );
  }
  // Imported only when a build is needed: the build pulls in the corpus loaders, which a serving process never uses.
  const { buildIndex } = await import("./build.js");
  const report = await buildIndex(config, { full: true });
  if (report.outcome !== "built") {
    // Lost a race with another process that started building at the same moment: use its index.
    const ready = (await waitForRunningReindex(config, say)) ? await loadIndex(config).catch(() => null) : null;
    if (ready) return ready;
    throw new IndexError(`Could not build the index: ${report.error ?? "unknown error"}`, "missing");
  }
  const failed = report.sources.filter((s) => s.status === "failed").map((s) => s.file);
  say(
    `Index built: ${report.chunkCount} passages in ${(report.durationMs / 1000).toFixed(1)} s` +
      (failed.length ? `; ${failed.length} file(s) could not be read: ${failed.join(", ")}` : "") +
      ".",
  );
  return loadIndex(config);
}

/** Another process is already building: wait for it rather than race it. True if we waited. */
async function waitForRunningReindex(config: IndexSettings, say: Say): Promise<boolean> {
  const holder = await readLock(config.indexDir);
  if (!holder || !isAlive(holder.pid) || holder.pid === process.pid) return false;
  say(`A reindex is running (PID ${holder.pid}); waiting for it to finish...`);
  const deadline = Date.now() + WAIT_FOR_OTHER_BUILD_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const still = await readLock(config.indexDir);
    if (!still || still.pid !== holder.pid || !isAlive(still.pid)) return true;
  }
  return true;
}
