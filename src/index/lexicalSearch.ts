/** What retrieval asks of the word side of the index; `LexicalIndex` (BM25 over files) is the one built here. */
export interface LexicalSearch {
  search(query: LexicalQuery): LexicalHit[];
  /** The number of chunks with `term` (a stemmed term, as `termsOf` makes them) in their text or headings. */
  documentFrequency(term: string): number;
}

export interface LexicalHit {
  id: string;
  score: number;
}

/** An expansion's weight in the lexical query when its caller gives none. */
export const EXPANSION_WEIGHT = 0.5;

export interface LexicalQuery {
  text: string;
  /** Extra words (other ways of saying the asker's) that count for less than the asker's own. */
  expansions?: string[];
  /** Each expansion's weight against the asker's own words (1); EXPANSION_WEIGHT for one not in it. */
  expansionWeights?: ReadonlyMap<string, number>;
  filter?: (id: string) => boolean;
  /** A weight for each query term (1 when absent), e.g. less for words that only name a document. */
  termWeight?: (term: string) => number;
  k: number;
}
