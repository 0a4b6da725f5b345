import "dotenv/config";
import { resolve } from "node:path";
import { renderTerminal } from "../bench/report.js";
import { runBench } from "../bench/runBench.js";
import { parseCommandLine } from "../src/cli/options.js";

/** npm run bench [-- --quick]: measure, write docs/BENCHMARKS.md, print the same figures. */

const USAGE = `Usage: npm run bench -- [--quick]
Measures indexing, answers and the Slack app's throughput, writes docs/BENCHMARKS.md and prints the figures.
  --quick   smaller corpora and fewer runs (minutes, not an hour)`;
const { values } = parseCommandLine({ quick: { type: "boolean", default: false } }, USAGE);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const quick = values.quick;
const reportPath = resolve("docs/BENCHMARKS.md");
try {
  const results = await runBench({ quick, reportPath, log: (m) => process.stderr.write(`bench: ${m}\n`) });
  process.stdout.write(`${renderTerminal(results)}\nWritten to ${reportPath}\n`);
} catch (e) {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
}
