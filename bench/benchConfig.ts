import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { loadConfig, type Config } from "../src/config.js";

/**
 * The benchmark never touches the user's index: every run gets its own INDEX_DIR and DATA_DIR under
 * data/bench/ (git-ignored). CORPUS_DIR comes from the user's configuration unless a run overrides it.
 */

export const BENCH_ROOT = "data/bench";

export function benchRoot(cwd = process.cwd()): string {
  return resolve(cwd, BENCH_ROOT);
}

export function benchConfig(name: string, overrides: Record<string, string> = {}, cwd = process.cwd()): Config {
  return loadConfig(benchEnv(name, overrides, cwd), cwd);
}

/** The environment of a bench run, for processes and threads that read their own config. */
export function benchEnv(name: string, overrides: Record<string, string> = {}, cwd = process.cwd()): NodeJS.ProcessEnv {
  const root = benchRoot(cwd);
  return {
    ...process.env,
    // Hosted models would make the figures about the network; the bench measures the embedded default.
    EMBEDDINGS: "local",
    OPENAI_API_KEY: "",
    AZURE_OPENAI_API_KEY: "",
    LOG_LEVEL: "silent",
    INDEX_DIR: join(root, name, "index"),
    DATA_DIR: join(root, name, "data"),
    ...overrides,
  };
}

/** Bytes on disk under a directory (what `du -b` would say, near enough). */
export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath ?? dir, entry.name))).size;
  }
  return total;
}

export const MB = 1024 * 1024;
