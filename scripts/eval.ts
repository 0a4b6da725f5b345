import "dotenv/config";
import { writeFile } from "node:fs/promises";
import { loadConfig } from "../src/config.js";
import { openService } from "../src/app/openService.js";
import { FILTER_OPTIONS, fail, filtersFrom, parseCommandLine } from "../src/cli/options.js";
import { evalLine, readQuestions, type EvalLine } from "../src/eval/run.js";
import { formatReport } from "../src/eval/metrics.js";

const USAGE =
  "Usage: npm run --silent eval -- --questions FILE --results OUT [--source ...] [--type ...] [--since ...] [--until ...] [--audience NAME]";
const { values } = parseCommandLine({ questions: { type: "string" }, results: { type: "string" }, ...FILTER_OPTIONS }, USAGE);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.questions || !values.results) fail(USAGE);
const questions = await readQuestions(values.questions).catch((e: Error) => fail(`Cannot read questions: ${e.message}`));
const filters = filtersFrom(values);
const config = loadConfig();
const service = await openService(config);
const lines: EvalLine[] = [];
const started = Date.now();
for (const [i, q] of questions.entries()) {
  if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${questions.length}`);
  lines.push(await answerLine(q.id, q.question));
}
process.stderr.write(
  `${process.stderr.isTTY ? "\n" : ""}Answered ${questions.length} questions in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
);
await writeFile(values.results, lines.map((l) => JSON.stringify(l)).join("\n") + "\n").catch((e: Error) =>
  fail(`Cannot write results: ${e.message}`, 1),
);
console.log(formatReport(questions, lines));

/** A question the pipeline fails on is reported and scored as unanswered; the others still run. */
async function answerLine(id: string, question: string): Promise<EvalLine> {
  try {
    return evalLine(id, await service.answer(question, { filters }));
  } catch (e) {
    process.stderr.write(`\n${id}: ${(e as Error).message}\n`);
    return { id, answered: false, answer: "", notices: [`error: ${(e as Error).message}`], passages: [], citations: [] };
  }
}
