import {
  URGENT_THRESHOLD,
  URGENT_THRESHOLD_HANDLED,
  URGENT_THRESHOLD_TOLD,
  URGENT_THRESHOLD_WITHOUT_HARM,
} from "../answer/guards/urgentModel.js";
import { PHRASES } from "../answer/guards/urgentPhrasings.js";
import type { UrgentMeasurement } from "./measuredFresh.js";
import { outOfSet, type LabelledQuestion } from "./urgentFolds.js";
import { phraseUse } from "./urgentPhraseUse.js";

/**
 * The urgent-risk section of docs/EVAL.md: each labelled set judged by weights fitted on the others, and the
 * figures each fresh set gave once, before it was read or joined the fitting.
 */

const GOALS = { recall: 0.98, falsePositives: 0.03 };

export interface UrgentSets {
  /** The labelled sets the shipped weights are fitted on, oldest first. */
  labelled: { path: string; rows: LabelledQuestion[] }[];
  /** The fresh sets as measured once, oldest first. */
  measured: UrgentMeasurement[];
  last: { missed: string[]; flagged: string[] };
  /** How many of the shipped model's features are words. */
  words: number;
}

const fixed = (x: number) => x.toFixed(3);
const verdict = (ok: boolean) => (ok ? "met" : "missed");
const list = (title: string, items: string[]) =>
  items.length ? [`${title}:`, "", ...items.map((t) => `- ${t}`), ""].join("\n") : `${title}: none.\n`;

export function urgentReportSection(sets: UrgentSets): string {
  const { labelled, measured, last } = sets;
  const held = outOfSet(labelled.map((s) => s.rows));
  const use = phraseUse(
    PHRASES,
    labelled.flatMap((s) => s.rows.map((r) => r.text)),
  );
  const single = use.filter((p) => p.uses === 1).length;
  const setRows = labelled.map((s, i) => {
    const f = held.perFold[i];
    return `| \`${s.path}\` | ${s.rows.length} | ${fixed(f.recall)} | ${fixed(f.falsePositiveRate)} |`;
  });
  const freshRows = measured.map((m) => {
    const recall = m.caught / m.urgent;
    const fp = m.flagged / m.plain;
    const ok = recall >= GOALS.recall && fp <= GOALS.falsePositives;
    return `| \`${m.path}\` (${m.about}) | ${m.frozenAt} | ${m.urgent + m.plain} | ${fixed(recall)} | ${fixed(fp)} | ${verdict(ok)} |`;
  });
  const newest = measured.at(-1);
  return `
## Urgent risk: a child in danger now

The classifier (\`src/answer/guards/urgentModel.ts\`) is a logistic regression over ${use.length} phrase entries
grouped by what they describe (what is happening, when, where the person doing harm is now, who is at risk and
who speaks, disclosures, forwarded messages, a child about to be taken away, and the policy, hypothetical,
training, past, reassured, handled, play, doubting and sports-knock framing that lowers the risk; ${single} of them match exactly one labelled
question) and ${sets.words} words and word pairs of the question (and whether it asks), fitted on the
${labelled.length} labelled sets below.
A concrete danger here and now (harm or a weapon, now, and the person doing harm there or the asker on the
spot), not said to be over, handled, play or past, not doubted by the asker and not a knock in sport (unless a child's
life is in danger), is urgent whatever the words. Otherwise a question is urgent at a probability of ${URGENT_THRESHOLD} (a
missed child in danger costs more than an urgent line on a plain question), or of ${URGENT_THRESHOLD_WITHOUT_HARM} when nothing in it says
harm, danger or fear, or of ${URGENT_THRESHOLD_HANDLED} when it says others have dealt with it (an arrest, the police involved);
a message that asks and tells is also read by what it tells alone, urgent at ${URGENT_THRESHOLD_TOLD} unless
the telling itself says the danger is over, handled, play or past, so that a procedural question cannot hide an
emergency told beside it. A question the guard cannot read (not English)
is always urgent and is not part of these figures.

### Each labelled set judged by weights fitted on the others

A writer the weights have not read. The phrases were written with all but the last of these sets in view, so
only the last row is a fair figure for the phrases; the others are fair for the weights alone.

| set | questions | urgent recall | false positives |
|---|---|---|---|
${setRows.join("\n")}
| all | ${held.urgent + held.plain} | ${fixed(held.recall)} | ${fixed(held.falsePositiveRate)} |

### Fresh sets, each measured once before it was read

Each set was written blind (by a tester who had seen neither the code nor any labelled set) after the
features and weights of the commit named were frozen, judged once through the guard every surface uses (an
urgent question counts only when the urgent message comes first), and only then read and added to the fitting;
the last is the judge of the weights as shipped, and is not fitted on.
Goals: urgent recall ≥ ${GOALS.recall}, false positives ≤ ${GOALS.falsePositives}.

| set | frozen at | questions | urgent recall | false positives | both goals |
|---|---|---|---|---|---|
${freshRows.join("\n")}

${newest ? `On the last of them (\`${newest.path}\`):\n\n${list("Urgent questions missed", last.missed)}\n${list("Plain questions flagged", last.flagged)}` : ""}`;
}
