import { readFileSync } from "node:fs";
import { loadConfig } from "../src/config.js";
import { buildIndex } from "../src/index/build.js";

/**
 * Run in a child process by reindexMemory.ts: a full reindex of CORPUS_DIR into INDEX_DIR, as `npm run
 * reindex -- --full` does, then this process's peak resident set size as one JSON line.
 */

const report = await buildIndex(loadConfig(process.env), { full: true });
const vmHwmKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? NaN);
process.stdout.write(
  `${JSON.stringify({ outcome: report.outcome, error: report.error, chunks: report.chunkCount, vmHwmKb, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
