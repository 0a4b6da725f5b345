import "dotenv/config";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { benchQuestions } from "../bench/questions.js";
import { renderTerminal, stumbleRow, withStumbleRow } from "../bench/report.js";
import { runBench } from "../bench/runBench.js";
import { measureSlack } from "../bench/slackLoad.js";
import type { Latencies } from "../bench/stats.js";
import { loadConfig } from "../src/config.js";
import { measureStumbles } from "../bench/stumbleSoak.js";
import { createWorkerService } from "../src/app/worker/workerService.js";
import { parseCommandLine } from "../src/cli/options.js";

/**
 * npm run bench [-- --quick]: measure, write docs/BENCHMARKS.md, print the same figures.
 * npm run bench -- --stumbles: only the stumble soak, its row replaced in docs/BENCHMARKS.md.
 * npm run bench -- --slack: only the Slack HTTP ack latency and throughput, printed (the report is left as it is).
 */

const USAGE = `Usage: npm run bench -- [--quick | --stumbles]
Measures indexing, answers and the Slack app's throughput, writes docs/BENCHMARKS.md and prints the figures.
  --quick      smaller corpora and fewer runs (minutes, not an hour)
  --stumbles   only the stumble soak (rate limits and a hung call in a 500-question burst); its row replaced
  --slack      only the Slack HTTP ack latency and answers per second, printed; the report is not written`;
const { values } = parseCommandLine(
  { quick: { type: "boolean", default: false }, stumbles: { type: "boolean", default: false }, slack: { type: "boolean", default: false } },
  USAGE,
);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const quick = values.quick;
const reportPath = resolve("docs/BENCHMARKS.md");
try {
  if (values.stumbles) await stumblesOnly();
  else if (values.slack) await slackOnly();
  else {
    const results = await runBench({ quick, reportPath, log: (m) => process.stderr.write(`bench: ${m}\n`) });
    process.stdout.write(`${renderTerminal(results)}\nWritten to ${reportPath}\n`);
  }
} catch (e) {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
}

async function stumblesOnly(): Promise<void> {
  const { questions } = await benchQuestions();
  const service = await createWorkerService(process.env);
  try {
    process.stderr.write("bench: Slack HTTP: a 500-question burst while Slack rate limits, fails and hangs some posts\n");
    const figures = await measureStumbles(service, questions, 500);
    await writeFile(reportPath, withStumbleRow(await readFile(reportPath, "utf8"), figures));
    process.stdout.write(`${stumbleRow(figures).join(" — ")}\nWritten to ${reportPath}\n`);
  } finally {
    await service.close();
  }
}

async function slackOnly(): Promise<void> {
  const { questions } = await benchQuestions();
  const service = await createWorkerService(process.env);
  try {
    process.stderr.write("bench: Slack HTTP: 50 concurrent signed app_mention events per burst\n");
    const f = await measureSlack(loadConfig(process.env), service, questions, 50);
    const lat = (l: Latencies) => `p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, max ${l.max.toFixed(1)} ms (n=${l.n})`;
    process.stdout.write(
      `ack latency: ${lat(f.ack)}\nthe load generator's floor: ${lat(f.floor)}\nanswers per second: ${f.answersPerSecond.toFixed(1)}\n`,
    );
  } finally {
    await service.close();
  }
}
