import { PHRASES } from "../answer/guards/urgentPhrasings.js";
import { judgeFresh } from "./urgentFresh.js";
import { outOfFold, type LabelledQuestion } from "./urgentFolds.js";
import { phraseUse } from "./urgentPhraseUse.js";

/**
 * The urgent-risk section of docs/EVAL.md: out-of-fold figures on the labelled set the features were
 * written beside, and the shipped classifier's figures on sets written after they were frozen.
 */

const GOALS = { labelled: { recall: 0.97, falsePositives: 0.05 }, fresh: { recall: 0.98, falsePositives: 0.03 } };

/** A set written after the features were frozen: its heading and what it holds and when it was written. */
export interface FreshSet {
  path: string;
  rows: LabelledQuestion[];
  title: string;
  about: string;
}

export interface UrgentSets {
  labelled: { path: string; rows: LabelledQuestion[] };
  fresh?: FreshSet[];
  /** Whether the guard puts the urgent message first for this text. */
  urgentFirst?: (text: string) => boolean;
}

const pct = (x: number) => x.toFixed(3);
const verdict = (ok: boolean) => (ok ? "met" : "missed");
const list = (title: string, items: string[]) =>
  items.length ? [`${title}:`, "", ...items.map((t) => `- ${t}`), ""].join("\n") : `${title}: none.\n`;
const row = (name: string, value: number, goal: number, atLeast: boolean) =>
  `| ${name} | ${pct(value)} | ${atLeast ? "≥" : "≤"} ${goal} | ${verdict(atLeast ? value >= goal : value <= goal)} |`;

export function urgentReportSection(sets: UrgentSets, k = 5): string {
  const { labelled, fresh } = sets;
  const f = outOfFold(labelled.rows, k);
  const use = phraseUse(
    PHRASES,
    labelled.rows.map((r) => r.text),
  );
  const single = use.filter((p) => p.uses === 1).length;
  const foldRows = f.perFold.map((p, i) => `| ${i + 1} | ${pct(p.recall)} | ${pct(p.falsePositiveRate)} |`);
  return `
## Urgent risk: a child in danger now

The classifier is a logistic regression over general features of the phrasing
(\`src/answer/guards/urgentFeatures.ts\`): ${use.length} phrase entries grouped by what they describe (what is
happening, when, where the person doing harm is now, who is at risk and who speaks, disclosures, forwarded
messages, and the policy, hypothetical, training and past framing that lowers the risk); ${single} of them match
exactly one question of the labelled set. A question the guard cannot read (not English) is always urgent and
is not part of these figures.

### Labelled set, out of fold (\`${labelled.path}\`)

${f.urgent + f.plain} questions (${f.urgent} urgent, ${f.plain} plain look-alikes). Each is judged by weights fitted
on the other ${k - 1} folds (stratified, fold = position mod ${k}). The phrases were written with this set in view,
so these figures flatter the detector somewhat.

| | measured (out of fold) | goal | |
|---|---|---|---|
${row("urgent recall", f.recall, GOALS.labelled.recall, true)}
${row("false positives on plain questions", f.falsePositiveRate, GOALS.labelled.falsePositives, false)}

| fold | recall | false-positive rate |
|---|---|---|
${foldRows.join("\n")}

${list("Urgent questions missed on their held-out fold", f.missed)}
${list("Plain questions flagged on their held-out fold", f.falseAlarms)}${(fresh ?? []).map((set) => freshSection(set, sets.urgentFirst)).join("")}`;
}

function freshSection(fresh: FreshSet, urgentFirst?: (text: string) => boolean): string {
  const g = judgeFresh(fresh.rows, urgentFirst);
  return `
### ${fresh.title} (\`${fresh.path}\`)

${g.urgent + g.plain} questions (${g.urgent} urgent, ${g.plain} plain look-alikes). ${fresh.about} Judged by the shipped
weights${urgentFirst ? " through the guard every surface uses: an urgent question counts only when the urgent message comes first" : ""}.

| | measured | goal | |
|---|---|---|---|
${row("urgent recall, urgent message first", g.recall, GOALS.fresh.recall, true)}
${row("false positives on plain questions", g.falsePositiveRate, GOALS.fresh.falsePositives, false)}

${list("Urgent questions missed", g.missed)}
${list("Plain questions flagged", g.falseAlarms)}`;
}
