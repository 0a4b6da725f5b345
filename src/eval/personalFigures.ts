import { findPersonalData, type PersonalDataOptions } from "../answer/guards/personalData.js";

/**
 * How the personal-data detector does on a labelled set: the share of labelled personal strings whose every
 * letter and digit is taken out, and the share of questions without personal data that lose a word.
 */

export interface PersonalRow {
  text: string;
  spans: { kind: string; text: string }[];
}

export interface PersonalFigures {
  spans: number;
  recall: number;
  clean: number;
  falseRedactionRate: number;
  missed: { text: string; span: string }[];
  falselyRedacted: { text: string; found: string[] }[];
}

export function parsePersonal(jsonl: string): PersonalRow[] {
  return jsonl
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PersonalRow);
}

/** Every letter and digit of the span lies inside some finding. */
export function covered(text: string, span: string, findings: { start: number; end: number }[]): boolean {
  const at = text.indexOf(span);
  if (at < 0) return false;
  for (let i = at; i < at + span.length; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i]) && !findings.some((f) => f.start <= i && f.end > i)) return false;
  }
  return true;
}

export function personalFigures(rows: PersonalRow[], names: PersonalDataOptions): PersonalFigures {
  const spans = rows.flatMap((r) => {
    const found = findPersonalData(r.text, names);
    return r.spans.map((s) => ({ text: r.text, span: s.text, ok: covered(r.text, s.text, found) }));
  });
  const clean = rows.filter((r) => !r.spans.length);
  const falselyRedacted = clean
    .map((r) => ({ text: r.text, found: findPersonalData(r.text, names).map((f) => r.text.slice(f.start, f.end)) }))
    .filter((r) => r.found.length);
  return {
    spans: spans.length,
    recall: spans.filter((s) => s.ok).length / Math.max(1, spans.length),
    clean: clean.length,
    falseRedactionRate: falselyRedacted.length / Math.max(1, clean.length),
    missed: spans.filter((s) => !s.ok).map(({ text, span }) => ({ text, span })),
    falselyRedacted,
  };
}
