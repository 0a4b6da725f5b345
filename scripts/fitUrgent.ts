import { readFile, writeFile } from "node:fs/promises";
import { fitLogistic } from "../src/answer/guards/logistic.js";
import { URGENT_FIT } from "../src/answer/guards/urgentRisk.js";
import { urgentFeatures } from "../src/answer/guards/urgentFeatures.js";
import { parseLabelled } from "../src/eval/urgentFolds.js";

/** Fits the urgent-risk weights on the whole labelled set and writes them where the guard reads them. */

const SET = process.argv[2] ?? "test/answer/data/urgent.jsonl";
const OUT = "src/answer/guards/urgentWeights.json";
const rows = parseLabelled(await readFile(SET, "utf8"));
const weights = fitLogistic(rows.map((r) => urgentFeatures(r.text)), rows.map((r) => r.urgent), URGENT_FIT);
await writeFile(OUT, `${JSON.stringify(weights)}\n`);
process.stderr.write(`${OUT}: ${weights.length} weights from ${rows.length} questions\n`);
