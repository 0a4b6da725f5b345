import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createService } from "../src/app/createService.js";
import { createWorkerService } from "../src/app/worker/workerService.js";
import { loadConfig } from "../src/config.js";
import { loadIndex } from "../src/index/load.js";
import { prepareIndex } from "../src/retrieve/indexDerived.js";
import { measureAnswerLatency } from "./answerLatency.js";
import { measureAnswerStages } from "./answerStages.js";
import { benchEnv, benchRoot } from "./benchConfig.js";
import { measureLargeCorpus } from "./largeCorpus.js";
import { describeMachine } from "./machine.js";
import { measurePeakRss } from "./peakRss.js";
import { benchQuestions } from "./questions.js";
import { copyCorpus, measureReindex } from "./reindex.js";
import { measureReindexMemory } from "./reindexMemory.js";
import { renderReport } from "./report.js";
import type { BenchResults } from "./results.js";
import { measureReplicas } from "./replicas.js";
import { measureSlack } from "./slackLoad.js";
import { measureStumbles } from "./stumbleSoak.js";
import { measureStartup } from "./startup.js";

/** The whole benchmark: real-corpus figures, Slack HTTP mode, then a synthetic corpus at scale. */

/** The size of the one large text file a reindex must read within its memory target. */
const LARGE_TEXT_MB = 45;

export interface BenchOptions {
  quick: boolean;
  reportPath: string;
  log: (message: string) => void;
}

const MODES = {
  quick: {
    startupRuns: 3,
    reindexRuns: 2,
    answerRounds: 1,
    syntheticChunks: 10_000,
    largeQuestions: 20,
    recallQueries: 100,
    slackEvents: 50,
  },
  full: {
    startupRuns: 5,
    reindexRuns: 3,
    answerRounds: 3,
    syntheticChunks: 100_000,
    largeQuestions: 40,
    recallQueries: 200,
    slackEvents: 50,
  },
};

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const started = performance.now();
  const mode = options.quick ? MODES.quick : MODES.full;
  const log = options.log;
  const userCorpus = loadConfig(process.env).corpusDir;
  const { questions, from } = await benchQuestions();

  const corpusCopy = join(benchRoot(), "corpus-copy");
  await copyCorpus(userCorpus, corpusCopy);
  const realEnv = benchEnv("real", { CORPUS_DIR: corpusCopy });
  const real = loadConfig(realEnv);
  log(`reindexing a copy of ${userCorpus} (${mode.reindexRuns} runs each: full, no change, one file changed)`);
  const reindex = await measureReindex(real, mode.reindexRuns);

  log(`answer latency over ${questions.length} questions (${from})`);
  const snapshot = prepareIndex(await loadIndex(real));
  const service = await createService(real, () => snapshot);
  const answer = await measureAnswerLatency(service, questions, mode.answerRounds);
  const stages = await measureAnswerStages(snapshot, questions, mode.answerRounds);
  log("peak RSS of a child process with the real corpus");
  const rss = await measurePeakRss(real, questions);
  log("npm start: start-up time and idle memory of the terminal chat");
  const startup = await measureStartup(realEnv, mode.startupRuns);
  const reindexMemory = await measureReindexMemory(userCorpus, LARGE_TEXT_MB, log);
  log(`Slack HTTP mode: ${mode.slackEvents} concurrent signed app_mention events`);
  // As in `npm start`, Slack's thread only acknowledges; answers are worked out on their own thread.
  const answerThread = await createWorkerService(realEnv);
  const { slack, stumbles } = await (async () => {
    const slack = await measureSlack(real, answerThread, questions, mode.slackEvents);
    log("Slack HTTP: a 500-question burst while Slack rate limits, fails and hangs some posts");
    return { slack, stumbles: await measureStumbles(answerThread, questions, 500) };
  })().finally(() => answerThread.close());
  const replicas = await measureReplicas(corpusCopy, questions, mode.slackEvents, log);

  const large = await measureLargeCorpus(userCorpus, questions, {
    chunks: mode.syntheticChunks,
    questionsAsked: mode.largeQuestions,
    recallQueries: mode.recallQueries,
    log,
  });
  const results: BenchResults = {
    mode: options.quick ? "quick" : "full",
    machine: describeMachine(),
    questionsFrom: from,
    questionCount: questions.length,
    answer,
    stages,
    reindex,
    rss,
    startup,
    reindexMemory,
    slack,
    stumbles,
    replicas,
    large: large.figures,
    totalSeconds: (performance.now() - started) / 1000,
    notes: [
      ...large.notes,
      "Stages: the answer latency's questions again, each stage of the pipeline timed alone (guard: cleaning, urgent risk, personal data; query: analysis and expansion; retrieve: BM25, dense search and the learned reranker; answer: choosing and checking the quoted sentences). The bare MiniSearch query is MiniSearch's search (its tokenizer, lower case, the app's stopwords left out) over the same chunks' text, headings and title, top 10, with none of these stages: the floor a plain keyword search sets.",
      "Peak RSS is the child's VmHWM after loading the index and answering every question twice, so that it includes the garbage V8 lets build up between full collections in a long-running app. process.resourceUsage().maxRSS is used only where /proc is missing: on Linux it carries over the parent's RSS from fork.",
      "Slack: the burst comes from a separate process over connections it opened beforehand, and the fake Slack Web API runs in a third process, as Slack's API is not on the app's machine; two untimed bursts warm the app first, and the ack figures pool three timed bursts, each sent 250 ms after the previous burst's answers were all posted. In Slack mode an Events API delivery is acknowledged before Bolt processes it, and answer work waits for deliveries to pause (3 ms, at most 50 ms), so acknowledgements go first.",
      "Slack answers per second counts from the first event sent until all chat.postMessage calls reached the fake Slack Web API.",
      "npm start runs the compiled JavaScript in dist/ (scripts/run.mjs); start-up is timed from spawning node with the start script's flags until the chat exits on end of input, and the idle memory is the chat's VmRSS 2 s after it answered /help. Before the move from tsx (same machine, same index): start-up median 1044 ms, idle 137 MB for the app plus 50 MB for tsx's own launcher process.",
      "Reindex peak RSS is the VmHWM of a child process running a full reindex (cold embedding cache) as plain node with the node flags of `npm run reindex` (`--optimize-for-size --expose-gc`). The PDFs are the real corpus's documents written as text PDFs; the large file is the synthetic corpus's text run together. Under tsx (`tsx scripts/reindex.ts --full`, GNU time's maximum RSS, same machine and corpora) these were 967 MB and 911 MB; compiled, before the texts were parked on disk and the parts written as made, 244 MB and 813 MB.",
      "Shared mode: each replica is `npm start`'s entry (its own process and answer thread) on a fresh PostgreSQL database on this machine; each burst is split evenly between the replicas, as a load balancer would. Both replicas, their answer threads, PostgreSQL, the load generator and the fake Slack API share this machine's cores, so two replicas here show the cost of the shared state and of dividing the same CPUs, not the gain of a second machine.",
    ],
  };
  await mkdir(dirname(options.reportPath), { recursive: true });
  await writeFile(options.reportPath, renderReport(results));
  return results;
}
