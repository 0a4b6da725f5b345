import type { AnswerLatency } from "./answerLatency.js";
import type { StageLatencies } from "./answerStages.js";
import type { Machine } from "./machine.js";
import type { PeakRss } from "./peakRss.js";
import type { Recall } from "./recall.js";
import type { ReplicaFigures } from "./replicas.js";
import type { ReindexFigures } from "./reindex.js";
import type { ReindexMemory } from "./reindexMemory.js";
import type { SlackFigures } from "./slackLoad.js";
import type { StumbleFigures } from "./stumbleSoak.js";
import type { Spread } from "./stats.js";
import type { Startup } from "./startup.js";

/** Everything one benchmark run measured, in one plain object that report.ts renders. */

export interface LargeFigures {
  chunksAsked: number;
  chunks: number;
  corpusMb: number;
  buildMs: number;
  indexMb: number;
  answer: AnswerLatency;
  stages: StageLatencies;
  recall: Recall;
  rss: PeakRss;
}

export interface BenchResults {
  mode: "quick" | "full";
  machine: Machine;
  questionsFrom: string;
  questionCount: number;
  answer: AnswerLatency;
  /** The same questions stage by stage, beside a bare MiniSearch query over the same chunks. */
  stages: StageLatencies;
  reindex: ReindexFigures;
  rss: PeakRss;
  startup: Startup;
  reindexMemory: ReindexMemory[];
  slack: SlackFigures;
  /** A 500-question burst while Slack rate limits, fails and hangs some posts. */
  stumbles: StumbleFigures;
  /** Shared mode with one and two replicas, or why it was not measured. */
  replicas: ReplicaFigures[] | string;
  large: LargeFigures;
  totalSeconds: number;
  notes: string[];
}

export type { Spread };
