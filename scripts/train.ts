import "dotenv/config";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { openIndex } from "../src/cli/openIndex.js";
import { currentCommit, writeWeightsFile } from "./commands/weightsFile.js";
import { fail } from "../src/cli/options.js";
import { loadConfig } from "../src/config.js";
import { fmt, type EvalQuestion, type Metrics } from "../src/eval/metrics.js";
import { readQuestions } from "../src/eval/run.js";
import { PRECISION_TARGET } from "../src/eval/threshold.js";
import { examplesOf, fitModels, metricsOf, outOfFold, resultOf, type Example } from "../src/eval/training.js";
import { LOCKBOX_SALT, PUBLIC_QUESTION_FILES, splitLockbox } from "../src/eval/questionFiles.js";
import type { Provenance } from "../src/retrieve/model/provenance.js";

const USAGE = `Usage: npm run train [-- --estimate-only | --lockbox]

Fits the retrieval and answer models on the public questions outside the lockbox and writes their weights
with what they were fitted on (src/retrieve/model/weights.ts, src/answer/model/weights.ts).
  --estimate-only  print the out-of-fold estimate (5 folds) and write nothing
  --lockbox        also score the lockbox once with the fitted models, print it and record it in the weights
`;

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const FOLDS = 5;
const config = loadConfig();
const snapshot = await openIndex(config);
const sets: { file: string; sha256: string; questions: EvalQuestion[]; open: Example[]; lockbox: EvalQuestion[] }[] = [];
for (const file of PUBLIC_QUESTION_FILES) {
  const bytes = await readFile(file).catch((e: Error) => fail(`Cannot read ${file}: ${e.message}`));
  const questions = await readQuestions(file);
  const { open, lockbox } = splitLockbox(questions);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  sets.push({ file, sha256, questions, open: await examplesOf(snapshot, open), lockbox });
}
const all = sets.flatMap((s) => s.open);
const oof = outOfFold(all, FOLDS).results;
const line = (name: string, m: Metrics) =>
  `${name.padEnd(46)} ${Object.entries(m)
    .map(([k, v]) => `${k}=${fmt(v)}`)
    .join(" ")}`;
const within = (examples: Example[]) => {
  const ids = new Set(examples.map((e) => e.question.id));
  return metricsOf(
    examples,
    oof.filter((r) => ids.has(r.id)),
  );
};
process.stderr.write(`out of fold (${FOLDS} folds, lockbox excluded):\n`);
for (const s of sets) process.stderr.write(`${line(s.file, within(s.open))}\n`);
const outOfFoldAll = within(all);
process.stderr.write(`${line(`all ${all.length}`, outOfFoldAll)}\n`);
if (process.argv.includes("--estimate-only")) process.exit(0);

const models = fitModels(all);
let lockboxFigures: Metrics | null = null;
if (process.argv.includes("--lockbox")) {
  const locked = sets.flatMap((s) => s.lockbox);
  const examples = await examplesOf(snapshot, locked, models.retrieval);
  const results = examples.map((e) => resultOf(e, models.answer).line);
  lockboxFigures = metricsOf(examples, results);
  for (const s of sets) {
    const ids = new Set(s.lockbox.map((q) => q.id));
    const mine = examples.filter((e) => ids.has(e.question.id));
    process.stderr.write(`${line(`lockbox ${s.file}`, metricsOf(mine, results))}\n`);
  }
  process.stderr.write(`${line(`lockbox all ${locked.length}`, lockboxFigures)}\n`);
}

const provenance = (settings: Record<string, number>): Provenance => ({
  fittedAt: new Date().toISOString(),
  commit: currentCommit(),
  questionFiles: sets.map((s) => ({ file: s.file, sha256: s.sha256, questions: s.questions.length, fittedOn: s.open.length })),
  lockbox: { salt: LOCKBOX_SALT, questions: sets.reduce((n, s) => n + s.lockbox.length, 0) },
  embedding: { model: snapshot.manifest.embedding.model, dimension: snapshot.manifest.embedding.dimension },
  chunking: { ...snapshot.manifest.chunking },
  settings,
  outOfFold: { ...outOfFoldAll },
  lockboxFigures: lockboxFigures ? { ...lockboxFigures } : null,
});
await writeWeightsFile({
  file: "src/retrieve/model/weights.ts",
  script: "npm run train",
  name: "RETRIEVAL_MODEL",
  type: "LogisticModel",
  typeFrom: "../logistic.js",
  provenanceFrom: "./provenance.js",
  value: models.retrieval,
  provenance: provenance({ l2: models.retrievalPenalty }),
});
await writeWeightsFile({
  file: "src/answer/model/weights.ts",
  script: "npm run train",
  name: "ANSWER_MODEL",
  type: "AnswerModel",
  typeFrom: "./answerModel.js",
  provenanceFrom: "../../retrieve/model/provenance.js",
  value: models.answer,
  provenance: provenance({
    l2: models.answerPenalty,
    threshold: models.answer.threshold,
    companion: models.answer.companion,
    precisionTarget: PRECISION_TARGET,
  }),
});
process.stderr.write(`Wrote both models (answer threshold ${models.answer.threshold.toFixed(3)}, companion ${models.answer.companion}).\n`);
