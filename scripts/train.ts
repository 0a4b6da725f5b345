import "dotenv/config";
import { writeFile } from "node:fs/promises";
import { openIndex } from "../src/cli/openIndex.js";
import { fail } from "../src/cli/options.js";
import { loadConfig } from "../src/config.js";
import { fmt } from "../src/eval/metrics.js";
import { readQuestions } from "../src/eval/run.js";
import { examplesOf, fitAnswerModel, metricsOf, outOfFold, type Example } from "../src/eval/training.js";
import { PUBLIC_QUESTION_FILES } from "../src/eval/questionFiles.js";

/** Fits the answer model on every public question and writes src/answer/model/weights.ts; prints the out-of-fold estimate first. */

const FOLDS = 5;
const config = loadConfig();
const snapshot = await openIndex(config);
const sets: { file: string; examples: Example[] }[] = [];
for (const file of PUBLIC_QUESTION_FILES) {
  const questions = await readQuestions(file).catch((e: Error) => fail(`Cannot read ${file}: ${e.message}`));
  sets.push({ file, examples: await examplesOf(snapshot, questions) });
}
const all = sets.flatMap((s) => s.examples);
const oof = outOfFold(all, FOLDS);
const line = (name: string, examples: Example[]) => {
  const ids = new Set(examples.map((e) => e.question.id));
  const m = metricsOf(examples, oof.filter((r) => ids.has(r.id)));
  return `${name.padEnd(40)} answer_acc=${fmt(m.answer_acc)} abstain_acc=${fmt(m.abstain_acc)} false_abstain=${fmt(m.false_abstain_rate)} recall@5=${fmt(m["recall@5"])}`;
};
process.stderr.write(`out of fold (${FOLDS} folds):\n`);
for (const s of sets) process.stderr.write(`${line(s.file, s.examples)}\n`);
process.stderr.write(`${line("all", all)}\n`);
if (process.argv.includes("--estimate-only")) process.exit(0);
const model = fitAnswerModel(all);
const source = `import type { AnswerModel } from "./answerModel.js";

/** Written by \`npm run train\` from ${all.length} public questions; do not edit by hand. */
export const ANSWER_MODEL: AnswerModel = ${JSON.stringify(model, roundNumbers, 2)};
`;
await writeFile("src/answer/model/weights.ts", source);
process.stderr.write(`Wrote src/answer/model/weights.ts (threshold ${model.threshold.toFixed(3)}, companion ${model.companion}).\n`);

function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === "number" ? Number(value.toPrecision(6)) : value;
}
