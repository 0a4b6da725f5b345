import type { IndexSnapshot } from "../index/snapshot.js";
import { sourceTextOf, type SourceText } from "../index/sourceText.js";
import { documentAudiencesOf, type DocumentAudience } from "./audience.js";
import { vocabularyOf } from "./expand.js";
import type { ExpansionSettings } from "./expansion.js";
import { lexiconOf } from "./lexicon.js";
import type { Lexicon } from "./query.js";
import { RerankTables, type IdfTable } from "./rerank.js";
import { idfTableOf, locatingDiscountOf } from "./search.js";
import type { Vocabulary } from "./vocabulary/vocabulary.js";

/**
 * What queries derive from one index version, made when the version is loaded and carried with its
 * snapshot (`PreparedIndex`), so no module keeps anything per snapshot and a new version starts afresh.
 * Parts that read every chunk, or that only some processes use (a document's text is for excerpts), are
 * made on first use and then kept here.
 */
export interface IndexDerived {
  /** Inverse document frequency of a stemmed term over the chunks. */
  readonly idf: IdfTable;
  /** A term's weight in the lexical query: less for the words that name a document (search.ts). */
  locatingDiscount(): (term: string) => number;
  /** Each document's audience and chunk count. */
  documentAudiences(): ReadonlyMap<string, DocumentAudience>;
  /** The practitioners' vocabulary, the corpus's own entries included. */
  vocabulary(): Vocabulary;
  /** The reranker's term numbers and chunk analyses. */
  readonly rerankTables: RerankTables;
  /** What the index knows of words under these expansion settings: one per settings object. */
  lexicon(settings: ExpansionSettings): Lexicon;
  /** A document's text as far as the index holds it. */
  sourceText(source: string): SourceText;
  /** What a later stage works out once per chunk and keeps with this index (answer/candidates.ts: a passage's sentences). */
  perChunk<T>(slot: PerChunkSlot<T>): PerChunk<T>;
}

/** Names what a stage keeps per chunk, and how many chunks' worth at most (a large index keeps only the recent). */
export interface PerChunkSlot<T> {
  readonly name: string;
  readonly capacity: number;
  /** Only the type: a slot's value type is fixed where the slot is made. */
  readonly kept?: T;
}

export interface PerChunk<T> {
  get(chunkId: string, make: () => T): T;
}

export function perChunkSlot<T>(name: string, capacity: number): PerChunkSlot<T> {
  return { name, capacity };
}

/** An index snapshot ready for queries: its parts and what is derived from them. */
export type PreparedIndex = IndexSnapshot & { readonly derived: IndexDerived };

/** Called once per loaded version (by whoever loads it: cli/openIndex.ts, the IndexHolder's `prepare`). */
export function prepareIndex(snapshot: IndexSnapshot): PreparedIndex {
  const lexicons = new Map<ExpansionSettings, Lexicon>();
  const sourceTexts = new Map<string, SourceText>();
  const perChunk = new Map<PerChunkSlot<unknown>, PerChunk<unknown>>();
  const prepared: PreparedIndex = {
    ...snapshot,
    derived: {
      idf: idfTableOf(snapshot.chunks, snapshot.lexical),
      locatingDiscount: once(() => locatingDiscountOf(snapshot.chunks)),
      documentAudiences: once(() => documentAudiencesOf(snapshot.chunks)),
      vocabulary: once(() => vocabularyOf(snapshot.glossary)),
      rerankTables: new RerankTables(),
      lexicon: (settings) => memo(lexicons, settings, () => lexiconOf(prepared, settings)),
      sourceText: (source) => memo(sourceTexts, source, () => sourceTextOf(snapshot.chunks, source)),
      perChunk: <T>(slot: PerChunkSlot<T>) => memo(perChunk, slot, () => boundedPerChunk<unknown>(slot.capacity)) as PerChunk<T>,
    },
  };
  return prepared;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function memo<K, V>(kept: Map<K, V>, key: K, make: () => V): V {
  let value = kept.get(key);
  if (value === undefined) kept.set(key, (value = make()));
  return value;
}

/** Kept until full, then started afresh: the chunks a burst of questions reads are soon read again. */
function boundedPerChunk<T>(capacity: number): PerChunk<T> {
  const kept = new Map<string, T>();
  return {
    get(chunkId, make) {
      let value = kept.get(chunkId);
      if (value === undefined) {
        if (kept.size >= capacity) kept.clear();
        kept.set(chunkId, (value = make()));
      }
      return value;
    },
  };
}
