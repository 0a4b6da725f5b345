import { appendFile, cp, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../src/config.js";
import { listCorpusFiles } from "../src/corpus/corpus.js";
import { buildIndex, type ReindexReport } from "../src/index/build.js";
import { MB } from "./benchConfig.js";
import { spread, type Spread } from "./stats.js";

/** Reindex timings on a copy of the real corpus: full (cold cache), nothing changed, one file changed. */

export interface ReindexFigures {
  corpusMb: number;
  chunks: number;
  full: Spread;
  mbPerSecond: number;
  noChange: Spread;
  oneFileChanged: Spread;
}

/** Copy the corpus so that "one file changed" never touches the user's documents. */
export async function copyCorpus(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
}

export async function measureReindex(config: Config, runs: number): Promise<ReindexFigures> {
  const files = await listCorpusFiles(config.corpusDir);
  let bytes = 0;
  for (const f of files) bytes += (await stat(join(config.corpusDir, f))).size;
  const full: number[] = [];
  let chunks = 0;
  for (let i = 0; i < runs; i++) {
    await rm(join(config.dataDir, "embedding-cache"), { recursive: true, force: true });
    const report = await mustBuild(config, true);
    full.push(report.durationMs);
    chunks = report.chunkCount;
  }
  const noChange: number[] = [];
  for (let i = 0; i < runs; i++) noChange.push((await mustBuild(config, false, "unchanged")).durationMs);
  const changed: number[] = [];
  const target = join(config.corpusDir, files.find((f) => f.endsWith(".txt") || f.endsWith(".md")) ?? files[0]);
  for (let i = 0; i < runs; i++) {
    await appendFile(target, `\n\nBenchmark paragraph ${i}: practitioners added a note about a review meeting held on day ${i + 1}.\n`);
    changed.push((await mustBuild(config, false, "built")).durationMs);
  }
  const fullSpread = spread(full);
  return {
    corpusMb: bytes / MB,
    chunks,
    full: fullSpread,
    mbPerSecond: bytes / MB / (fullSpread.median / 1000),
    noChange: spread(noChange),
    oneFileChanged: spread(changed),
  };
}

export async function mustBuild(config: Config, full: boolean, expect: ReindexReport["outcome"] = "built"): Promise<ReindexReport> {
  const report = await buildIndex(config, { full });
  if (report.outcome !== expect)
    throw new Error(`reindex of ${config.corpusDir}: expected ${expect}, got ${report.outcome} (${report.error ?? "no error"})`);
  return report;
}
