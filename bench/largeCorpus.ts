import { rm } from "node:fs/promises";
import { join } from "node:path";
import { createService } from "../src/app/createService.js";
import type { Config } from "../src/config.js";
import { buildIndex, type BuildStage } from "../src/index/build.js";
import { HnswDenseIndex } from "../src/index/hnswDenseIndex.js";
import { LARGE_CORPUS_CHUNKS, LARGE_CORPUS_LSA_DIMENSIONS } from "../src/index/embeddings.js";
import { loadIndex } from "../src/index/load.js";
import { prepareIndex } from "../src/retrieve/indexDerived.js";
import { readCurrentVersion } from "../src/index/store.js";
import { measureAnswerLatency } from "./answerLatency.js";
import { measureAnswerStages } from "./answerStages.js";
import { benchConfig, benchRoot, directoryBytes, MB } from "./benchConfig.js";
import { measurePeakRss } from "./peakRss.js";
import { measureRecall } from "./recall.js";
import type { LargeFigures } from "./results.js";
import { writeSyntheticCorpus } from "./synthetic.js";

/** Figures at scale: a synthetic corpus from the real one, indexed with the real build, then queried. */

export interface LargeOptions {
  chunks: number;
  /** Questions asked of the synthetic index (once each, after a warm-up), and by the RSS child. */
  questionsAsked: number;
  recallQueries: number;
  log: (message: string) => void;
}

export async function measureLargeCorpus(
  realCorpusDir: string,
  allQuestions: string[],
  o: LargeOptions,
): Promise<{ figures: LargeFigures; notes: string[] }> {
  const questions = allQuestions.slice(0, o.questionsAsked);
  const corpusDir = join(benchRoot(), `synthetic-${o.chunks}-corpus`);
  const config = benchConfig(`synthetic-${o.chunks}`, { CORPUS_DIR: corpusDir });
  o.log(`writing a synthetic corpus of ~${o.chunks} chunks to ${corpusDir}`);
  const corpus = await writeSyntheticCorpus(realCorpusDir, corpusDir, o.chunks);
  await rm(config.indexDir, { recursive: true, force: true });
  await rm(config.dataDir, { recursive: true, force: true });

  o.log(`indexing it with the real build (${(corpus.bytes / MB).toFixed(1)} MB in ${corpus.files} files)`);
  const stages = stageClock(o.log);
  const report = await buildIndex(config, { full: true, onProgress: stages.note });
  if (report.outcome !== "built") throw new Error(`the synthetic index could not be built: ${report.error}`);
  const current = await readCurrentVersion(config.indexDir);
  const indexBytes = current ? await directoryBytes(current.dir) : NaN;

  o.log("measuring answer latency and hnsw recall on the synthetic index");
  const snapshot = prepareIndex(await loadIndex(config));
  const service = await createService(config, () => snapshot);
  const answer = await measureAnswerLatency(service, questions, 1);
  const answerStages = await measureAnswerStages(snapshot, questions, 1);
  if (!(snapshot.dense instanceof HnswDenseIndex)) throw new Error("the dense index is not an HNSW index");
  const recall = await measureRecall(snapshot, snapshot.dense, allQuestions, o.recallQueries);
  o.log("measuring peak RSS of a child process loading the synthetic index");
  const rss = await measurePeakRss(config, allQuestions);
  const figures: LargeFigures = {
    chunksAsked: o.chunks,
    chunks: report.chunkCount,
    corpusMb: corpus.bytes / MB,
    buildMs: report.durationMs,
    indexMb: indexBytes / MB,
    answer,
    stages: answerStages,
    recall,
    rss,
  };
  return {
    figures,
    notes: [
      `Synthetic build stages (${report.chunkCount} chunks): ${stages.summary(report.durationMs)}.`,
      ...lsaNote(config, report.chunkCount, snapshot.manifest.embedding.dimension),
    ],
  };
}

/** When each build stage began, to say where the build time goes. */
function stageClock(log: (m: string) => void) {
  const started = performance.now();
  const firstSeen = new Map<BuildStage, number>();
  return {
    note(stage: BuildStage) {
      if (firstSeen.has(stage)) return;
      firstSeen.set(stage, performance.now() - started);
      log(`  build stage: ${stage}`);
    },
    summary(totalMs: number): string {
      const entries = [...firstSeen];
      return entries.map(([stage, at], i) => `${stage} ${(((entries[i + 1]?.[1] ?? totalMs) - at) / 1000).toFixed(1)} s`).join(", ");
    },
  };
}

function lsaNote(config: Config, chunks: number, dimension: number): string[] {
  if (config.embeddings.provider !== "local") return [];
  return chunks > LARGE_CORPUS_CHUNKS
    ? [
        `The LSA model is fitted on a sample of at most 20,000 of the ${chunks} chunks; every chunk is then embedded with it. ` +
          `Above ${LARGE_CORPUS_CHUNKS} chunks it has at most ${LARGE_CORPUS_LSA_DIMENSIONS} dimensions (LSA_DIMENSIONS is ${config.embeddings.lsaDimensions}); this index has ${dimension}, as its manifest records.`,
      ]
    : [];
}
