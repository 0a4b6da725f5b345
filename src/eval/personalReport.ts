import type { PersonalDataOptions } from "../answer/guards/personalData.js";
import type { PersonalMeasurement } from "./measuredFresh.js";
import { personalFigures, type PersonalRow } from "./personalFigures.js";

/**
 * The personal-data section of docs/EVAL.md: recall of labelled personal strings and false redactions of
 * clean questions, per set, and what the last set (the one written after the rules were frozen) still misses.
 */

export interface PersonalSet {
  path: string;
  /** How the set relates to the rules: "tuned on while the rules were written", "written after …". */
  note: string;
  rows: PersonalRow[];
}

const fixed = (x: number) => x.toFixed(3);
const quoted = (items: string[]) => [...new Set(items)].map((t) => `"${t}"`).join(", ");

export function personalReportSection(
  sets: PersonalSet[],
  measured: PersonalMeasurement[],
  names: PersonalDataOptions,
  rulesCommit: string,
  measuredOn: string,
): string {
  const figures = sets.map((s) => ({ set: s, f: personalFigures(s.rows, names) }));
  const rows = figures.map(
    ({ set, f }) =>
      `| \`${set.path}\` (${set.note}) | ${set.rows.length} | ${f.spans} | ${fixed(f.recall)} | ${f.clean} | ${fixed(f.falseRedactionRate)} |`,
  );
  const last = figures.at(-1);
  const missed = last?.f.missed.length ? `Personal strings left in on the last set: ${quoted(last.f.missed.map((m) => m.span))}.` : "";
  const redacted = last?.f.falselyRedacted.length
    ? ` Clean questions redacted: ${last.f.falselyRedacted.map((r) => `${quoted(r.found)} in "${r.text}"`).join("; ")}.`
    : "";
  return `
## Personal data in questions

The detector (\`src/answer/guards/personalData.ts\`) is rule-based; its rules were last changed in ${rulesCommit}.
Recall is the share of labelled personal strings whose every letter and digit is taken out; a false
redaction is a question without personal data (naming the guidance's own officials, places and services)
that loses a word. Measured against the corpus of ${measuredOn}.

### Each set written blind, measured once before it was read

Each set was written by a tester who had seen neither the code nor any labelled set, after the rules of the
commit named were frozen, and judged once before it was read. Over-redaction is the safe side: a clean question
that loses a word still answers as it would have (the paired tests of \`test/answer/personalDataSet.test.ts\` and \`personalFreshSet.test.ts\`).

| set | frozen at | personal strings | taken out | clean questions | redacted |
|---|---|---|---|---|---|
${measured.map((m) => `| \`${m.path}\` | ${m.frozenAt} | ${m.spans} | ${fixed(m.out / m.spans)} | ${m.clean} | ${m.redacted === undefined ? "not recorded" : `${m.redacted} (${fixed(m.redacted / m.clean)})`} |`).join("\n")}

### Every set with the rules as shipped

${last?.set.note.includes("seen since") ? "Every set has been read since it was measured" : "All but the last have been read since they were measured"}, so their rows here flatter the rules.

| set | questions | personal strings | recall | clean questions | false redactions |
|---|---|---|---|---|---|
${rows.join("\n")}
${missed || redacted ? `\n${missed}${redacted}\n` : ""}`;
}
