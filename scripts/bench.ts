import "dotenv/config";
import { resolve } from "node:path";
import { renderTerminal } from "../bench/report.js";
import { runBench } from "../bench/runBench.js";

/** npm run bench [-- --quick]: measure, write docs/BENCHMARKS.md, print the same figures. */

const quick = process.argv.includes("--quick");
const reportPath = resolve("docs/BENCHMARKS.md");
try {
  const results = await runBench({ quick, reportPath, log: (m) => process.stderr.write(`bench: ${m}\n`) });
  process.stdout.write(`${renderTerminal(results)}\nWritten to ${reportPath}\n`);
} catch (e) {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
}
