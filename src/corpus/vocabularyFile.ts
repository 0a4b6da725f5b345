/** The format of a vocabulary file: the national one shipped in src/retrieve/vocabulary/, and an admin's corpus/vocabulary.json. */

export interface VocabularyEntry {
  term: string;
  kind: "abbreviation" | "shorthand" | "everyday" | "equivalent";
  formal: string[];
  /** An abbreviation with other meanings outside safeguarding: matched only as typed in capitals. */
  ambiguous?: boolean;
}

export function parseVocabulary(json: unknown, file: string): VocabularyEntry[] {
  const entries = (json as { entries?: unknown })?.entries;
  if (!Array.isArray(entries)) throw new Error(`${file} has no "entries" list`);
  return entries.map((e, i) => {
    const entry = e as Partial<VocabularyEntry>;
    const kinds = ["abbreviation", "shorthand", "everyday", "equivalent"];
    if (typeof entry.term !== "string" || !entry.term.trim()) throw new Error(`${file}: entry ${i + 1} has no term`);
    if (!kinds.includes(String(entry.kind))) throw new Error(`${file}: “${entry.term}” has kind ${String(entry.kind)}; use one of ${kinds.join(", ")}`);
    if (!Array.isArray(entry.formal) || !entry.formal.length || entry.formal.some((f) => typeof f !== "string")) {
      throw new Error(`${file}: “${entry.term}” needs a "formal" list of words`);
    }
    return { term: entry.term.trim(), kind: entry.kind!, formal: entry.formal, ...(entry.ambiguous ? { ambiguous: true } : {}) };
  });
}
