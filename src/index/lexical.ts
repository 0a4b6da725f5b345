import type { Chunk } from "../corpus/types.js";
import {
  FIELDS,
  lexicalFiles,
  openLexicalFiles,
  type Dictionary,
  type LexicalFiles,
  type PostingSource,
  type Postings,
} from "./lexicalFile.js";
import { EXPANSION_WEIGHT, type LexicalHit, type LexicalQuery, type LexicalSearch } from "./lexicalSearch.js";
import { termsOf, words } from "./terms.js";

export { LEXICAL_FILE, POSTINGS_FILE } from "./lexicalFile.js";
export type { LexicalHit, LexicalQuery } from "./lexicalSearch.js";

/**
 * The lexical side of the hybrid index: BM25+ over each chunk's text, its heading path and its document's
 * title, with words indexed both as written and stemmed.
 *
 * Scoring is MiniSearch's (which this index used to be, and whose rankings it keeps to the last bit): per
 * query term and field, idf × (d + tf(k+1) / (tf + k(1 - b + b·len/avgLen))) with k 1.2, b 0.7, d 0.5, the
 * field's boost and the term's boost; summed over terms, times the number of distinct query terms matched;
 * ties keep the order in which documents were first matched. The index is compact: postings are typed
 * arrays (document number, term frequency), in memory while building and read from lexical.bin on demand
 * once written, so a served index holds only its term dictionary and field lengths in memory.
 */

/** Kept local: the scoring loop reads it for every posting, and V8 reads an imported binding through a cell each time. */
const F = FIELDS.length;
const FIELD_BOOST = [1, 0.6, 0.5];
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export class LexicalIndex implements LexicalSearch {
  constructor(
    private readonly dict: Dictionary,
    private readonly source: PostingSource,
    private readonly ids: readonly string[],
    private readonly memory: Postings[] | null = null,
  ) {}

  private scratch: {
    total: Float64Array;
    termScore: Float64Array;
    quality: Uint16Array;
    seq: Int32Array;
    norm: Float64Array;
    matched: Int32Array;
    touched: Int32Array;
  } | null = null;

  get documentCount(): number {
    return this.dict.documentCount;
  }

  /** In how many chunks a search term (as `termsOf` makes them) occurs in the text or the headings. */
  documentFrequency(term: string): number {
    const t = this.dict.terms.get(term);
    return t === undefined ? 0 : this.dict.df[t];
  }

  search(query: LexicalQuery): LexicalHit[] {
    const own = new Set(words(query.text).flatMap(termsOf));
    const boosts = expansionBoosts(query.expansions ?? [], query.expansionWeights);
    const text = [query.text, ...(query.expansions ?? [])].join(" ");
    const terms = words(text)
      .flatMap(termsOf)
      .filter((t) => !!t);
    const { documentCount: n, avgFieldLength, fieldLength, counts } = this.dict;
    // Per-document accumulators, kept between queries (search is synchronous) and reset where touched.
    const { total, termScore, quality, seq, norm, matched, touched } = (this.scratch ??= {
      total: new Float64Array(n),
      termScore: new Float64Array(n),
      quality: new Uint16Array(n),
      seq: new Int32Array(n).fill(-1),
      matched: new Int32Array(n),
      touched: new Int32Array(n),
      // The length normalisation k(1 - b + b·len/avgLen) of each document's fields, worked out once (the same
      // expression, so the same double, as computing it for every posting).
      norm: Float64Array.from(fieldLength, (length, i) => BM25.k * (1 - BM25.b + (BM25.b * length) / avgFieldLength[i % F])),
    });
    let matchedCount = 0;
    const seen = new Set<string>();
    try {
      for (const term of terms) {
        const t = this.dict.terms.get(term);
        const first = !seen.has(term);
        seen.add(term);
        const termBoost = (own.has(term) ? 1 : boosts.get(term)!) * (query.termWeight?.(term) ?? 1);
        // A zero weight would break the scoring loop's "zero means not yet matched": such a term is not searched.
        if (t === undefined || !(termBoost > 0)) continue;
        let touchedCount = 0;
        for (let f = 0; f < F; f++) {
          const count = counts[t * F + f];
          if (count === 0) continue;
          const { docs, tfs } = this.source.postings(t * F + f, count);
          // MiniSearch's weight is 1 · termBoost · fieldBoost · 1 · raw, evaluated left to right.
          const boost = 1 * termBoost * FIELD_BOOST[f] * 1;
          const invDocFreq = Math.log(1 + (n - count + 0.5) / (count + 0.5));
          const k1 = BM25.k + 1;
          const d = BM25.d;
          for (let i = 0; i < count; i++) {
            const doc = docs[i];
            const tf = tfs[i];
            const raw = invDocFreq * (d + (tf * k1) / (tf + norm[doc * F + f]));
            const weighted = boost * raw;
            if (seq[doc] < 0) {
              seq[doc] = matchedCount;
              matched[matchedCount++] = doc;
            }
            if (termScore[doc] === 0) touched[touchedCount++] = doc; // every weight is > 0: a zero means not yet matched by this term
            termScore[doc] += weighted;
          }
        }
        for (let j = 0; j < touchedCount; j++) {
          const doc = touched[j];
          total[doc] += termScore[doc];
          termScore[doc] = 0;
          if (first) quality[doc]++;
        }
      }
      return topK(
        matched.subarray(0, matchedCount),
        (doc) => total[doc] * (quality[doc] || 1),
        query.k,
        query.filter ? (doc) => query.filter!(this.ids[doc]) : null,
      ).map((doc) => ({ id: this.ids[doc], score: total[doc] * (quality[doc] || 1) }));
    } finally {
      for (let j = 0; j < matchedCount; j++) {
        const doc = matched[j];
        total[doc] = 0;
        termScore[doc] = 0;
        quality[doc] = 0;
        seq[doc] = -1;
      }
    }
  }

  /** lexical.json (the dictionary) and lexical.bin (the postings), for an index built in memory. */
  files(): LexicalFiles {
    if (!this.memory) throw new Error("only an index built in memory can be written");
    return lexicalFiles(this.dict, this.memory);
  }
}

/** Each expansion term's weight: the heaviest of the expansions holding it. */
function expansionBoosts(expansions: string[], weights: ReadonlyMap<string, number> | undefined): Map<string, number> {
  const boosts = new Map<string, number>();
  for (const e of expansions) {
    const weight = weights?.get(e) ?? EXPANSION_WEIGHT;
    for (const term of words(e).flatMap(termsOf)) if (!(boosts.get(term)! >= weight)) boosts.set(term, weight);
  }
  return boosts;
}

/** The best `k` documents passing `keep`, by score then by first match, as a stable sort would give. */
function topK(matched: ArrayLike<number>, score: (doc: number) => number, k: number, keep: ((doc: number) => boolean) | null): number[] {
  if (k <= 0) return [];
  const best: number[] = [];
  const bestScore: number[] = [];
  for (let j = 0; j < matched.length; j++) {
    const doc = matched[j];
    const s = score(doc);
    if (best.length === k && !(s > bestScore[k - 1])) continue;
    if (keep && !keep(doc)) continue;
    let at = best.length;
    while (at > 0 && s > bestScore[at - 1]) at--;
    best.splice(at, 0, doc);
    bestScore.splice(at, 0, s);
    if (best.length > k) {
      best.pop();
      bestScore.pop();
    }
  }
  return best;
}

export function buildLexicalIndex(chunks: Chunk[]): LexicalIndex {
  const n = chunks.length;
  const terms = new Map<string, number>();
  const fieldLength = new Uint32Array(n * F);
  const avgFieldLength = [0, 0, 0];
  // Each document's (slot, term frequency) pairs, in document order, in fixed-size typed blocks: growing
  // number[] lists per (term, field) took several hundred MB at 70,000 chunks before they became typed arrays.
  const pairs = new PairLog();
  const docEnd = new Float64Array(n);
  const perSlot: number[] = [];
  const tf = new Map<number, number>();
  chunks.forEach((c, doc) => {
    const values = [c.text, c.headingPath.join(" "), documentField(c)];
    for (let f = 0; f < F; f++) {
      const tokens = words(values[f]);
      const length = new Set(tokens).size;
      fieldLength[doc * F + f] = length;
      avgFieldLength[f] = ((avgFieldLength[f] || 0) * doc + length) / (doc + 1);
      tf.clear();
      for (const token of tokens) {
        for (const term of termsOf(token)) {
          let t = terms.get(term);
          if (t === undefined) terms.set(term, (t = terms.size));
          tf.set(t * F + f, (tf.get(t * F + f) ?? 0) + 1);
        }
      }
      for (const [slot, count] of tf) {
        if (count > 0xffff) throw new Error("a word occurs more than 65,535 times in one chunk");
        pairs.push(slot, count);
        perSlot[slot] = (perSlot[slot] ?? 0) + 1;
      }
    }
    docEnd[doc] = pairs.length;
  });
  // Every posting list is a view of one array per column, filled in document order (so ascending).
  const slots = terms.size * F;
  const counts = new Uint32Array(slots);
  const start = new Float64Array(slots + 1);
  for (let slot = 0; slot < slots; slot++) {
    counts[slot] = perSlot[slot] ?? 0;
    start[slot + 1] = start[slot] + counts[slot];
  }
  const allDocs = new Uint32Array(start[slots]);
  const allTfs = new Uint16Array(start[slots]);
  const cursor = start.slice(0, slots);
  for (let doc = 0, i = 0; doc < n; doc++) {
    for (; i < docEnd[doc]; i++) {
      const slot = pairs.slot(i);
      allDocs[cursor[slot]] = doc;
      allTfs[cursor[slot]++] = pairs.count(i);
    }
  }
  const memory: Postings[] = Array.from({ length: slots }, (_, slot) => ({
    docs: allDocs.subarray(start[slot], start[slot + 1]),
    tfs: allTfs.subarray(start[slot], start[slot + 1]),
  }));
  const dict: Dictionary = {
    documentCount: n,
    avgFieldLength,
    fieldLength,
    terms,
    counts,
    df: documentFrequencies(terms.size, n, (slot) => memory[slot].docs),
  };
  return new LexicalIndex(
    dict,
    { postings: (slot) => memory[slot] },
    chunks.map((c) => c.id),
    memory,
  );
}

/** (slot, count) pairs appended in blocks of a fixed size, so growing never copies. */
class PairLog {
  private static readonly BLOCK = 1 << 20;
  private readonly blocks: Uint32Array[] = [];
  length = 0;

  push(slot: number, count: number): void {
    const at = (this.length % PairLog.BLOCK) * 2;
    if (at === 0) this.blocks.push(new Uint32Array(PairLog.BLOCK * 2));
    const block = this.blocks[this.blocks.length - 1];
    block[at] = slot;
    block[at + 1] = count;
    this.length++;
  }

  slot(i: number): number {
    return this.blocks[Math.floor(i / PairLog.BLOCK)][(i % PairLog.BLOCK) * 2];
  }

  count(i: number): number {
    return this.blocks[Math.floor(i / PairLog.BLOCK)][(i % PairLog.BLOCK) * 2 + 1];
  }
}

/** Per term, the documents holding it in the text or headings field (a union of two posting lists). */
function documentFrequencies(termCount: number, n: number, docsOf: (slot: number) => Uint32Array): Uint32Array {
  const df = new Uint32Array(termCount);
  const mark = new Int32Array(n).fill(-1);
  for (let t = 0; t < termCount; t++) {
    let count = 0;
    for (const f of [0, 1]) {
      for (const doc of docsOf(t * F + f)) {
        if (mark[doc] !== t) {
          mark[doc] = t;
          count++;
        }
      }
    }
    df[t] = count;
  }
  return df;
}

/** What a question may name about the document rather than the passage: its title, publisher and year. */
function documentField(c: Chunk): string {
  return `${c.title} ${c.publisher} ${c.date.slice(0, 4)}`;
}

/** Open a written lexical index: the dictionary (parsed lexical.json) here, postings read from lexical.bin in `dir`. */
export function loadLexicalIndex(json: unknown, dir: string, ids: readonly string[]): LexicalIndex {
  const { dict, source } = openLexicalFiles(json, dir, ids.length);
  return new LexicalIndex(dict, source, ids);
}
