import MiniSearch, { type SearchOptions } from "minisearch";
import type { Chunk } from "../corpus/types.js";
import { termsOf, words } from "./terms.js";

/**
 * The lexical side of the hybrid index: BM25 (MiniSearch's BM25+) over each chunk's text, its heading
 * path and its document's title, with words indexed both as written and stemmed.
 */

export interface LexicalHit {
  id: string;
  score: number;
}

export interface LexicalQuery {
  text: string;
  /** Extra words (acronym expansions) that count for less than the asker's own. */
  expansions?: string[];
  filter?: (id: string) => boolean;
  k: number;
}

const FIELDS = ["text", "headings", "document"];
const FIELD_BOOST = { text: 1, headings: 0.6, document: 0.5 };
const EXPANSION_WEIGHT = 0.5;

const OPTIONS = {
  idField: "id",
  fields: FIELDS,
  storeFields: [] as string[],
  tokenize: words,
  processTerm: (term: string) => termsOf(term),
};

export class LexicalIndex {
  constructor(private readonly engine: MiniSearch) {}

  search(query: LexicalQuery): LexicalHit[] {
    const own = new Set(words(query.text).flatMap(termsOf));
    const text = [query.text, ...(query.expansions ?? [])].join(" ");
    const options: SearchOptions = {
      boost: FIELD_BOOST,
      combineWith: "OR",
      prefix: false,
      fuzzy: false,
      boostTerm: (term) => (own.has(term) ? 1 : EXPANSION_WEIGHT),
      ...(query.filter ? { filter: (r) => query.filter!(String(r.id)) } : {}),
    };
    return this.engine
      .search(text, options)
      .slice(0, query.k)
      .map((r) => ({ id: String(r.id), score: r.score }));
  }

  toJSON(): unknown {
    return this.engine.toJSON();
  }
}

export function buildLexicalIndex(chunks: Chunk[]): LexicalIndex {
  const engine = new MiniSearch(OPTIONS);
  engine.addAll(chunks.map((c) => ({ id: c.id, text: c.text, headings: c.headingPath.join(" "), document: documentField(c) })));
  return new LexicalIndex(engine);
}

/** What a question may name about the document rather than the passage: its title, publisher and year. */
function documentField(c: Chunk): string {
  return `${c.title} ${c.publisher} ${c.date.slice(0, 4)}`;
}

export function loadLexicalIndex(json: unknown): LexicalIndex {
  return new LexicalIndex(MiniSearch.loadJS(json as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS));
}
