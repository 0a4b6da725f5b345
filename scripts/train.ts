import "dotenv/config";
import { writeFile } from "node:fs/promises";
import { openIndex } from "../src/cli/openIndex.js";
import { fail, parseCommandLine } from "../src/cli/options.js";
import { loadConfig } from "../src/config.js";
import { fmt } from "../src/eval/metrics.js";
import { readQuestions } from "../src/eval/run.js";
import { examplesOf, fitModels, metricsOf, outOfFold, type Example } from "../src/eval/training.js";
import { PUBLIC_QUESTION_FILES } from "../src/eval/questionFiles.js";

/**
 * Fits the retrieval and answer models on every public question and writes their weights
 * (src/retrieve/model/weights.ts, src/answer/model/weights.ts); prints the out-of-fold estimate first.
 */

const USAGE = `Usage: npm run train -- [--estimate-only]
Fits the retrieval and answer models on every public question set and writes their weights, after printing
the out-of-fold estimate.
  --estimate-only   print the out-of-fold estimate and write nothing`;
const { values } = parseCommandLine({ "estimate-only": { type: "boolean", default: false } }, USAGE);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

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
  const m = metricsOf(
    examples,
    oof.filter((r) => ids.has(r.id)),
  );
  return `${name.padEnd(40)} answer_acc=${fmt(m.answer_acc)} abstain_acc=${fmt(m.abstain_acc)} false_abstain=${fmt(m.false_abstain_rate)} recall@5=${fmt(m["recall@5"])} r@1=${fmt(m["recall@1"])} mrr=${fmt(m["mrr@10"])}`;
};
process.stderr.write(`out of fold (${FOLDS} folds):\n`);
for (const s of sets) process.stderr.write(`${line(s.file, s.examples)}\n`);
process.stderr.write(`${line("all", all)}\n`);
if (values["estimate-only"]) process.exit(0);
const models = fitModels(all);
await writeWeights("src/retrieve/model/weights.ts", "../logistic.js", "LogisticModel", "RETRIEVAL_MODEL", models.retrieval);
await writeWeights("src/answer/model/weights.ts", "./answerModel.js", "AnswerModel", "ANSWER_MODEL", models.answer);
process.stderr.write(`Wrote both models (answer threshold ${models.answer.threshold.toFixed(3)}, companion ${models.answer.companion}).\n`);

async function writeWeights(file: string, from: string, type: string, name: string, model: unknown): Promise<void> {
  const source = `import type { ${type} } from "${from}";

/** Written by \`npm run train\` from ${all.length} public questions; do not edit by hand. */
export const ${name}: ${type} = ${JSON.stringify(model, roundNumbers, 2)};
`;
  await writeFile(file, source);
}

function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === "number" ? Number(value.toPrecision(6)) : value;
}
