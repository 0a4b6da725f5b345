import { outOfFold, type LabelledQuestion } from "./urgentFolds.js";

/** The urgent-risk section of docs/EVAL.md: out-of-fold recall and false-positive rate on the labelled set. */

const RECALL_GOAL = 0.97;
const FALSE_POSITIVE_GOAL = 0.05;

export function urgentReportSection(rows: LabelledQuestion[], setPath: string, k = 5): string {
  const f = outOfFold(rows, k);
  const pct = (x: number) => x.toFixed(3);
  const verdict = (ok: boolean) => (ok ? "met" : "missed");
  const foldRows = f.perFold.map((p, i) => `| ${i + 1} | ${pct(p.recall)} | ${pct(p.falsePositiveRate)} |`);
  const list = (title: string, items: string[]) =>
    items.length ? [`${title}:`, "", ...items.map((t) => `- ${t}`), ""].join("\n") : `${title}: none.\n`;
  return `
## Urgent risk: a child in danger now (\`${setPath}\`)

${f.urgent + f.plain} labelled questions (${f.urgent} urgent, ${f.plain} plain look-alikes about policy, numbers,
inspections, training or the past), written for the purpose, not taken from the eval sets. The classifier is a
logistic regression over general features of the phrasing (\`src/answer/guards/urgentFeatures.ts\`); each
question below is judged by weights fitted on the other ${k - 1} folds (stratified, fold = position mod ${k}).
A question the guard cannot read (not English) is always urgent and is not part of these figures. The
features were designed with this set in view, so these figures flatter the detector somewhat: a set
nobody looked at is the fairer judge.

| | measured (out of fold) | goal | |
|---|---|---|---|
| urgent recall | ${pct(f.recall)} | ≥ ${RECALL_GOAL} | ${verdict(f.recall >= RECALL_GOAL)} |
| false positives on plain questions | ${pct(f.falsePositiveRate)} | ≤ ${FALSE_POSITIVE_GOAL} | ${verdict(f.falsePositiveRate <= FALSE_POSITIVE_GOAL)} |

| fold | recall | false-positive rate |
|---|---|---|
${foldRows.join("\n")}

${list("Urgent questions missed on their held-out fold", f.missed)}
${list("Plain questions flagged on their held-out fold", f.falseAlarms)}`;
}
