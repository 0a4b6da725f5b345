import "dotenv/config";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { openIndex } from "../src/cli/openIndex.js";
import { currentCommit, writeWeightsFile } from "./commands/weightsFile.js";
import { fail } from "../src/cli/options.js";
import { loadConfig } from "../src/config.js";
import { FIT_SPACE, fitChoosingGain, fitIn, HAND_SET, outOfFoldRanks, type Fitted } from "../src/eval/expansionFit.js";
import { expansionRanks, figuresOf, type Ranks, type RetrievalFigures } from "../src/eval/expansionRanks.js";
import type { EvalQuestion } from "../src/eval/metrics.js";
import { LOCKBOX_SALT, PUBLIC_QUESTION_FILES, splitLockbox } from "../src/eval/questionFiles.js";
import { readQuestions } from "../src/eval/run.js";
import { EXPANSION_SOURCES, expansionSettingsOf } from "../src/retrieve/expansion.js";
import type { Provenance } from "../src/retrieve/model/provenance.js";

const USAGE = `Usage: npm run fit:expansions [-- --estimate-only] [-- --ablation] [-- --forced-on]

Fits each expansion source's weight on the public questions outside the lockbox (coordinate ascent over a
small grid, maximising recall@5 + MRR@10 of the shipped ranking) and writes them with what they were fitted
on to src/retrieve/model/expansionWeights.ts. Prints the out-of-fold figures (${5} folds) as markdown.
  --estimate-only  print the out-of-fold figures and write nothing
  --ablation       also each source forced off, out of fold (about 8 minutes)
  --forced-on      also each source some fold left at 0 kept above 0, out of fold (about 2 minutes each)
`;

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const FOLDS = 5;
const snapshot = await openIndex(loadConfig());
const sets: { file: string; sha256: string; questions: number; open: EvalQuestion[]; locked: number }[] = [];
for (const file of PUBLIC_QUESTION_FILES) {
  const bytes = await readFile(file).catch((e: Error) => fail(`Cannot read ${file}: ${e.message}`));
  const questions = await readQuestions(file);
  const { open, lockbox } = splitLockbox(questions);
  sets.push({ file, sha256: createHash("sha256").update(bytes).digest("hex"), questions: questions.length, open, locked: lockbox.length });
}
const all = sets.flatMap((s) => s.open);
const ranksOf = expansionRanks(snapshot, all);
const say = (text: string) => process.stderr.write(`${text}\n`);
const started = Date.now();

const rows: { name: string; ranks: Ranks }[] = [
  { name: "hand-set (0.5 each, WordNet off), as before", ranks: await ranksOf(expansionSettingsOf(HAND_SET)) },
];
const gainArg = process.argv.indexOf("--min-gain");
const fit = gainArg > 0 ? fitIn({ ...FIT_SPACE, minGain: Number(process.argv[gainArg + 1]) }) : fitChoosingGain();
const fitted = await outOfFoldRanks(ranksOf, all, FOLDS, fit);
rows.push({ name: "fitted, every source free", ranks: fitted.ranks });
say(`out of fold in ${((Date.now() - started) / 1000).toFixed(0)} s; each fold chose:`);
for (const c of fitted.chosen) say(`  ${weightsText(c)}`);
if (process.argv.includes("--ablation")) {
  for (const source of EXPANSION_SOURCES) {
    const { ranks } = await outOfFoldRanks(ranksOf, all, FOLDS, fitChoosingGain({ ...FIT_SPACE, off: [source] }));
    rows.push({ name: `fitted, ${source} off`, ranks });
    say(`${source} off done at ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}
if (process.argv.includes("--forced-on")) {
  for (const source of EXPANSION_SOURCES.filter((s) => fitted.chosen.some((c) => c.weights[s] === 0))) {
    const { ranks, chosen } = await outOfFoldRanks(ranksOf, all, FOLDS, fitChoosingGain({ ...FIT_SPACE, on: [source] }));
    rows.push({ name: `fitted, ${source} kept on (folds chose ${chosen.map((c) => c.weights[source]).join(", ")})`, ranks });
    say(`${source} on done at ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

const ids = (questions: EvalQuestion[]) => questions.map((q) => q.id);
const paraphrases = all.filter((q) => q.type === "paraphrase");
const num = (v: number | null) => (v === null ? "" : v.toFixed(3));
const cells = (f: RetrievalFigures) => `${num(f["recall@5"])} | ${num(f["recall@10"])} | ${num(f["mrr@10"])}`;
const out: string[] = [
  `| setting | recall@5 | recall@10 | mrr@10 | paraphrase recall@5 (${paraphrases.length}) |`,
  "|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.name} | ${cells(figuresOf(r.ranks, ids(all)))} | ${num(figuresOf(r.ranks, ids(paraphrases))["recall@5"])} |`),
  "",
  "| question file (answerable, outside the lockbox) | n | before: recall@5 | recall@10 | mrr@10 | fitted: recall@5 | recall@10 | mrr@10 |",
  "|---|---|---|---|---|---|---|---|",
  ...[...sets, { file: "all", open: all }].map((s) => {
    const before = figuresOf(rows[0].ranks, ids(s.open));
    return `| ${s.file} | ${before.n} | ${cells(before)} | ${cells(figuresOf(rows[1].ranks, ids(s.open)))} |`;
  }),
];
process.stdout.write(`${out.join("\n")}\n`);
if (process.argv.includes("--estimate-only")) process.exit(0);

const { minGain, ...final } = await fit(ranksOf, all);
say(`fitted on all ${all.length}: ${weightsText({ ...final, minGain })}`);
const outOfFold = figuresOf(fitted.ranks, ids(all));
const provenance: Provenance = {
  fittedAt: new Date().toISOString(),
  commit: currentCommit(),
  questionFiles: sets.map((s) => ({ file: s.file, sha256: s.sha256, questions: s.questions, fittedOn: s.open.length })),
  lockbox: { salt: LOCKBOX_SALT, questions: sets.reduce((n, s) => n + s.locked, 0) },
  embedding: { model: snapshot.manifest.embedding.model, dimension: snapshot.manifest.embedding.dimension },
  chunking: { ...snapshot.manifest.chunking },
  settings: { folds: FOLDS, sweeps: FIT_SPACE.sweeps, gridStep: FIT_SPACE.grid[1] - FIT_SPACE.grid[0], minGain: minGain ?? 0 },
  outOfFold: {
    "recall@5": outOfFold["recall@5"],
    "recall@10": outOfFold["recall@10"],
    "mrr@10": outOfFold["mrr@10"],
    "paraphrase recall@5": figuresOf(fitted.ranks, ids(paraphrases))["recall@5"],
  },
  lockboxFigures: null,
};
await writeWeightsFile({
  file: "src/retrieve/model/expansionWeights.ts",
  script: "npm run fit:expansions",
  name: "EXPANSION_WEIGHTS",
  type: "FittedExpansionWeights",
  typeFrom: "../expansion.js",
  provenanceFrom: "./provenance.js",
  value: final,
  provenance,
});
say("Wrote src/retrieve/model/expansionWeights.ts.");

function weightsText(c: Fitted): string {
  const gain = c.minGain === undefined ? "" : `; gain floor ${c.minGain}`;
  return `${EXPANSION_SOURCES.map((s) => `${s} ${c.weights[s]}`).join(", ")}; plain ≥ ${c.plainWeight}${gain}`;
}
