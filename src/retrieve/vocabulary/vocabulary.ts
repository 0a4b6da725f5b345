import type { VocabularyEntry } from "../../corpus/vocabularyFile.js";
import { words } from "../../index/terms.js";

/**
 * Practitioners' vocabulary: what people type in chat ("FCs", "resi", "strat", "s47", "kids") and the
 * formal words documents use for it ("foster carers", "residential", "strategy meeting", "section 47
 * enquiry", "children"). National entries ship with the product (national.json, written from public
 * national glossaries); an admin's entries in corpus/vocabulary.json add to or replace them; an acronym
 * the corpus itself defines is left to the corpus's glossary.
 */

export interface VocabularyContext {
  /** The corpus (or its curated list) already says what this acronym means. */
  definedByCorpus: (token: string) => boolean;
  /** The lower-case word is an ordinary word of the documents ("co", "pa"), not an abbreviation there. */
  isCorpusWord: (word: string) => boolean;
}

export interface VocabularyMatch {
  formal: string;
  entry: VocabularyEntry;
  /** The text's words it was found for. */
  from: string;
}

export class Vocabulary {
  private readonly single = new Map<string, VocabularyEntry>();
  private readonly phrases: VocabularyEntry[] = [];

  /** Later entries replace earlier ones with the same term, so an admin's list comes last. */
  constructor(entries: VocabularyEntry[]) {
    const byTerm = new Map(entries.map((e) => [e.term.toLowerCase(), e]));
    for (const [key, entry] of byTerm) {
      if (/\s/.test(key)) this.phrases.push(entry);
      else this.single.set(key, entry);
    }
  }

  /** The formal forms for what the text says in practitioners' words, and the other side of each equivalence. */
  expansions(text: string, context: VocabularyContext): string[] {
    return [...new Set(this.matches(text, context).map((m) => m.formal))];
  }

  /** Each formal form with the entry that gave it and the words of the text it stands for. */
  matches(text: string, context: VocabularyContext): VocabularyMatch[] {
    const found: VocabularyMatch[] = [];
    for (const token of words(text)) {
      const entry = this.lookup(token);
      if (entry && matches(entry, token, context)) for (const f of entry.formal) found.push({ formal: f, entry, from: token });
    }
    const lower = ` ${text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}&' ]+/gu, " ")
      .replace(/\s+/g, " ")} `;
    for (const entry of this.phrases) {
      if (lower.includes(` ${entry.term.toLowerCase()} `)) for (const f of entry.formal) found.push({ formal: f, entry, from: entry.term });
    }
    for (const entry of [...this.single.values(), ...this.phrases]) {
      if (entry.kind !== "equivalent" && (entry.kind !== "abbreviation" || entry.ambiguous)) continue;
      const said = entry.formal.find((f) => lower.includes(` ${f.toLowerCase()} `));
      if (said) found.push({ formal: entry.term, entry, from: said });
    }
    return found.filter((m) => !lower.includes(` ${m.formal.toLowerCase()} `));
  }

  private lookup(token: string): VocabularyEntry | undefined {
    const lower = token.toLowerCase();
    return this.single.get(lower) ?? (lower.endsWith("s") ? this.single.get(lower.slice(0, -1)) : undefined);
  }
}

function matches(entry: VocabularyEntry, token: string, context: VocabularyContext): boolean {
  if (entry.kind !== "abbreviation") return true;
  if (context.definedByCorpus(token)) return false;
  const inCapitals = /[A-Z]/.test(token) && token.replace(/s$/, "") === token.replace(/s$/, "").toUpperCase();
  if (inCapitals || token === entry.term || `${entry.term}s` === token) return true;
  return !entry.ambiguous && !context.isCorpusWord(token.toLowerCase());
}
