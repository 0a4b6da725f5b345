import { readFileSync } from "node:fs";
import { createService } from "../src/app/createService.js";
import { loadConfig } from "../src/config.js";
import { loadIndex } from "../src/index/load.js";
import { prepareIndex } from "../src/retrieve/indexDerived.js";

/**
 * Run in a child process by peakRss.ts: load the index named by INDEX_DIR, answer the questions passed on
 * stdin (JSON), and print this process's peak resident set size as one JSON line.
 */

const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? NaN) / 1024;
const questions = JSON.parse(readFileSync(0, "utf8")) as string[];
const config = loadConfig(process.env);
const modulesMb = rssMb();
const snapshot = prepareIndex(await loadIndex(config));
const loadedMb = rssMb();
const service = await createService(config, () => snapshot);
for (const q of questions) await service.answer(q);
const vmHwmKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? NaN);
process.stdout.write(
  `${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, vmHwmKb, chunks: snapshot.chunks.count, modulesMb, loadedMb })}\n`,
);
