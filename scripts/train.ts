import "dotenv/config";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { openIndex } from "../src/cli/openIndex.js";
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
await writeWeights(
  "src/retrieve/model/weights.ts",
  "../logistic.js",
  "LogisticModel",
  "RETRIEVAL_MODEL",
  models.retrieval,
  "./provenance.js",
  provenance({ l2: models.retrievalPenalty }),
);
await writeWeights(
  "src/answer/model/weights.ts",
  "./answerModel.js",
  "AnswerModel",
  "ANSWER_MODEL",
  models.answer,
  "../../retrieve/model/provenance.js",
  provenance({
    l2: models.answerPenalty,
    threshold: models.answer.threshold,
    companion: models.answer.companion,
    precisionTarget: PRECISION_TARGET,
  }),
);
process.stderr.write(`Wrote both models (answer threshold ${models.answer.threshold.toFixed(3)}, companion ${models.answer.companion}).\n`);

async function writeWeights(
  file: string,
  from: string,
  type: string,
  name: string,
  model: unknown,
  provenanceFrom: string,
  fittedOn: Provenance,
): Promise<void> {
  const source = `import type { ${type} } from "${from}";
import type { Provenance } from "${provenanceFrom}";

/** Written by \`npm run train\`; do not edit by hand. */
export const ${name}: ${type} = ${JSON.stringify(model, roundNumbers, 2)};

export const ${name}_FITTED_ON: Provenance = ${JSON.stringify(fittedOn, roundNumbers, 2)};
`;
  await writeFile(file, source);
}

function currentCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === "number" ? Number(value.toPrecision(6)) : value;
}
