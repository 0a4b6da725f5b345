import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { parseCommandLine } from "../src/cli/options.js";
import { fitUrgentModel } from "../src/answer/guards/urgentModel.js";
import { parseLabelled, URGENT_LABELLED_FILES } from "../src/eval/urgentFolds.js";

/** Fits the urgent-risk weights on the labelled sets and writes them, with what they were fitted on, where the guard reads them. */

const USAGE = `Usage: npm run fit:urgent -- [LABELLED.jsonl ...]
Fits the urgent-risk guard's weights on labelled sets (default: ${URGENT_LABELLED_FILES.join(", ")}) and writes
src/answer/guards/urgentWeights.json.`;
const { values, positionals } = parseCommandLine({}, USAGE);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const files = positionals.length ? positionals : URGENT_LABELLED_FILES;
const OUT = "src/answer/guards/urgentWeights.json";
const sets = await Promise.all(
  files.map(async (file) => {
    const text = await readFile(file, "utf8");
    return { file, sha256: createHash("sha256").update(text).digest("hex"), rows: parseLabelled(text) };
  }),
);
const rows = sets.flatMap((s) => s.rows);
const model = fitUrgentModel(rows);
const fittedOn = sets.map(({ file, sha256, rows }) => ({ file, sha256, questions: rows.length }));
await writeFile(OUT, `${JSON.stringify({ ...model, fittedOn })}\n`);
process.stderr.write(`${OUT}: ${model.weights.length} weights from ${rows.length} questions in ${sets.length} files\n`);
