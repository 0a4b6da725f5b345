import { writeFile } from "node:fs/promises";
import { FILTER_OPTIONS } from "../../src/cli/options.js";
import { loadConfig } from "../../src/config.js";
import { formatReport } from "../../src/eval/metrics.js";
import { evalLine, readQuestions, type EvalLine } from "../../src/eval/run.js";
import { CommandError, commandFilters, commandService, parseCommand, type CommandIO, runCommand } from "./command.js";

export const USAGE =
  "Usage: npm run --silent eval -- --questions FILE --results OUT [--source ...] [--type ...] [--since ...] [--until ...] [--audience NAME]";

/** `npm run eval`: answers every question, writes one JSON line each and prints the report; 2 for bad input. */
export function main(argv: string[], io: CommandIO): Promise<number> {
  return runCommand("eval", io, () => evaluate(argv, io));
}

async function evaluate(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommand(argv, { questions: { type: "string" }, results: { type: "string" }, ...FILTER_OPTIONS }, USAGE);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (!values.questions || !values.results) throw new CommandError(USAGE);
  const questions = await readQuestions(values.questions).catch((e: Error) => {
    throw new CommandError(`Cannot read questions: ${e.message}`);
  });
  const filters = commandFilters(values);
  const service = await commandService(loadConfig(io.env), io);
  const lines: EvalLine[] = [];
  const started = Date.now();
  for (const [i, q] of questions.entries()) {
    io.terminal?.write(`\r${i + 1}/${questions.length}`);
    // A question the pipeline fails on is reported and scored as unanswered; the others still run.
    try {
      lines.push(evalLine(q.id, await service.answer(q.question, { filters })));
    } catch (e) {
      io.stderr(`\n${q.id}: ${(e as Error).message}\n`);
      lines.push({ id: q.id, answered: false, answer: "", notices: [`error: ${(e as Error).message}`], passages: [], citations: [] });
    }
  }
  io.stderr(`${io.terminal ? "\n" : ""}Answered ${questions.length} questions in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  await writeFile(values.results, lines.map((l) => JSON.stringify(l)).join("\n") + "\n").catch((e: Error) => {
    throw new CommandError(`Cannot write results: ${e.message}`, 1);
  });
  io.stdout(`${formatReport(questions, lines)}\n`);
  return 0;
}
