import { readFile, writeFile } from "node:fs/promises";
import { parseCommandLine } from "../src/cli/options.js";
import { fitLogistic } from "../src/retrieve/logistic.js";
import { FEATURE_NAMES } from "../src/answer/guards/urgentFeatures.js";
import { URGENT_FIT } from "../src/answer/guards/urgentRisk.js";
import { urgentFeatures } from "../src/answer/guards/urgentFeatures.js";
import { parseLabelled } from "../src/eval/urgentFolds.js";

/** Fits the urgent-risk weights on the whole labelled set and writes them where the guard reads them. */

const USAGE = `Usage: npm run fit:urgent -- [LABELLED.jsonl]
Fits the urgent-risk guard's weights on a labelled set (default test/answer/data/urgent.jsonl) and writes
src/answer/guards/urgentWeights.json.`;
const { values, positionals } = parseCommandLine({}, USAGE);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const SET = positionals[0] ?? "test/answer/data/urgent.jsonl";
const OUT = "src/answer/guards/urgentWeights.json";
const rows = parseLabelled(await readFile(SET, "utf8"));
const model = fitLogistic(
  FEATURE_NAMES,
  rows.map((r) => urgentFeatures(r.text)),
  rows.map((r) => (r.urgent ? 1 : 0)),
  URGENT_FIT,
);
await writeFile(OUT, `${JSON.stringify(model)}\n`);
process.stderr.write(`${OUT}: ${model.weights.length} weights from ${rows.length} questions\n`);
