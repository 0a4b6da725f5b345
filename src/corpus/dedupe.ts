import type { Chunk, Occurrence } from "./types.js";

/**
 * Exact and near-duplicate chunks are indexed once and remember every place they occur, so a citation
 * can name both the JTAI letter and the panel pack that reprints it. Near means the two chunks share
 * most of their five-word shingles (Jaccard ≥ NEAR_DUPLICATE_JACCARD). Chunks of documents with different
 * audiences are never merged: each keeps its own place, so a restricted paper neither hides a public text
 * nor is named beside it.
 */

export const NEAR_DUPLICATE_JACCARD = 0.8;
const SHINGLE_WORDS = 5;
/** A shingle shared by this many chunks is boilerplate and says nothing about duplication. */
const COMMON_SHINGLE_POSTINGS = 64;

export interface DuplicateGroup {
  kept: { id: string; source: string };
  also: { id: string; source: string }[];
}

export function collapseDuplicates(chunks: Chunk[]): { chunks: Chunk[]; duplicates: DuplicateGroup[] } {
  const groups = groupDuplicates(chunks);
  const kept: Chunk[] = [];
  const duplicates: DuplicateGroup[] = [];
  for (const group of groups) {
    const [canonical, ...others] = [...group].sort(preferOriginal);
    kept.push(withOccurrences(canonical, others.map(occurrenceOf)));
    if (others.length) {
      duplicates.push({
        kept: { id: canonical.id, source: canonical.source },
        also: others.map((c) => ({ id: c.id, source: c.source })),
      });
    }
  }
  const order = new Map(chunks.map((c, i) => [c.id, i]));
  kept.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { chunks: kept, duplicates };
}

/**
 * Union-find over pairs that are exact or near duplicates in different places.
 *
 * Candidates come from shingles shared in small posting lists; for speed and memory at 100,000 chunks a
 * shingle is represented by a hash of its word ids, and all (shingle, chunk) pairs are sorted in one typed
 * array instead of a map of strings. Every candidate is then decided on the exact string shingles, so a
 * hash collision can at most add a candidate that the exact check rejects.
 */
function groupDuplicates(chunks: Chunk[]): Chunk[][] {
  const n = chunks.length;
  const parent = chunks.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => void (parent[find(a)] = find(b));
  const postings = shinglePostings(chunks);
  const counts = new Int32Array(n);
  const touched: number[] = [];
  const exact = new Map<number, Set<string>>();
  const exactShingles = (i: number) => {
    let set = exact.get(i);
    if (!set) exact.set(i, (set = shingles(chunks[i].text)));
    return set;
  };
  for (let i = 0; i < n; i++) {
    const groups = postings.groupsOf(i);
    for (const g of groups) {
      const from = postings.groupStart[g];
      const to = postings.groupStart[g + 1];
      if (to - from > COMMON_SHINGLE_POSTINGS) continue;
      for (let p = from; p < to; p++) {
        const j = postings.chunkAt(p);
        if (j <= i) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j]++;
      }
    }
    const needed = Math.max(1, Math.floor(groups.length * NEAR_DUPLICATE_JACCARD * 0.9));
    for (const j of touched) {
      if (counts[j] >= needed && sameAudience(chunks[i], chunks[j])) {
        if (chunks[i].contentHash === chunks[j].contentHash || jaccard(exactShingles(i), exactShingles(j)) >= NEAR_DUPLICATE_JACCARD) {
          union(i, j);
        }
      }
      counts[j] = 0;
    }
    touched.length = 0;
    exact.delete(i);
  }
  const groups = new Map<number, Chunk[]>();
  chunks.forEach((c, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(c);
    else groups.set(root, [c]);
  });
  return [...groups.values()];
}

function sameAudience(a: Chunk, b: Chunk): boolean {
  const key = (c: Chunk) => [...new Set(c.audience ?? [])].sort().join("\n");
  return key(a) === key(b);
}

interface Postings {
  /** Start of each distinct shingle's run of entries; one extra at the end. */
  groupStart: Int32Array;
  /** The chunk of entry p. */
  chunkAt(p: number): number;
  /** The distinct shingles of chunk i, as group numbers. */
  groupsOf(i: number): Int32Array;
}

/**
 * Every (shingle, chunk) pair as one 64-bit entry, high bits a hash of the shingle and low bits the chunk,
 * sorted: each run of equal hashes is a shingle's posting list, its chunks ascending.
 */
function shinglePostings(chunks: Chunk[]): Postings {
  const n = chunks.length;
  const chunkBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  if (chunkBits > 24) throw new Error("too many chunks to compare for duplicates");
  const chunkMask = chunkBits === 32 ? 0xffffffff : (1 << chunkBits) - 1;
  // Two passes over the texts (hashing is cheap) rather than every chunk's hashes held beside the sorted copy.
  const wordIds = new Map<string, number>();
  let total = 0;
  for (const chunk of chunks) total += shingleHashes(chunk.text, wordIds, chunkBits).length;
  const entries = new BigUint64Array(total);
  const halves = new Uint32Array(entries.buffer);
  let p = 0;
  chunks.forEach((chunk, i) => {
    for (const h of shingleHashes(chunk.text, wordIds, chunkBits)) {
      const high = Math.floor(h / 2 ** 32);
      const low = h - high * 2 ** 32;
      halves[2 * p] = ((low << chunkBits) | i) >>> 0;
      halves[2 * p + 1] = high;
      p++;
    }
  });
  entries.sort();
  const startsGroup = (q: number) =>
    q === 0 || halves[2 * q + 1] !== halves[2 * q - 1] || halves[2 * q] >>> chunkBits !== halves[2 * q - 2] >>> chunkBits;
  const groupStarts = new Int32Array(total + 1);
  const chunkGroupCount = new Int32Array(n + 1);
  let groups = 0;
  for (let q = 0; q < total; q++) {
    if (startsGroup(q)) groupStarts[groups++] = q;
    chunkGroupCount[(halves[2 * q] & chunkMask) + 1]++;
  }
  groupStarts[groups] = total;
  for (let i = 0; i < n; i++) chunkGroupCount[i + 1] += chunkGroupCount[i];
  const offsets = chunkGroupCount;
  const fill = offsets.slice(0, n);
  const byChunk = new Int32Array(total);
  for (let q = 0, g = -1; q < total; q++) {
    if (startsGroup(q)) g++;
    byChunk[fill[halves[2 * q] & chunkMask]++] = g;
  }
  return {
    groupStart: groupStarts.subarray(0, groups + 1),
    chunkAt: (q) => halves[2 * q] & chunkMask,
    groupsOf: (i) => byChunk.subarray(offsets[i], offsets[i + 1]),
  };
}

/**
 * The distinct shingles of a text (as `shingles` makes them) as hashes of their word ids: 32 bits and up
 * to 20 more (as many as fit beside the chunk number in a 64-bit entry), so every hash is an exact double.
 */
function shingleHashes(text: string, wordIds: Map<string, number>, chunkBits: number): Float64Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const ids = words.map((w) => {
    let id = wordIds.get(w);
    if (id === undefined) wordIds.set(w, (id = wordIds.size + 1));
    return id;
  });
  const windows: number[][] = [];
  if (ids.length < SHINGLE_WORDS) windows.push(ids);
  for (let i = 0; i + SHINGLE_WORDS <= ids.length; i++) windows.push(ids.slice(i, i + SHINGLE_WORDS));
  const lowBits = Math.min(32 - chunkBits, 52 - 32);
  const out = new Float64Array(windows.length);
  windows.forEach((w, k) => {
    let a = 0x811c9dc5 ^ w.length;
    let b = 0x9747b28c ^ w.length;
    for (const id of w) {
      a = Math.imul(a ^ id, 0x01000193);
      a ^= a >>> 15;
      b = Math.imul(b ^ id, 0x5bd1e995);
      b ^= b >>> 13;
    }
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) >>> 0;
    b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35) >>> 0;
    out[k] = a * 2 ** lowBits + (b >>> (32 - lowBits));
  });
  out.sort();
  let unique = 0;
  for (let k = 0; k < out.length; k++) if (k === 0 || out[k] !== out[k - 1]) out[unique++] = out[k];
  return out.subarray(0, unique);
}

export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  if (words.length < SHINGLE_WORDS) set.add(words.join(" "));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** The earlier document is usually the original (a pack reprints a letter); ties go to the shorter text. */
function preferOriginal(a: Chunk, b: Chunk): number {
  return a.date.localeCompare(b.date) || a.source.localeCompare(b.source) || a.start - b.start;
}

/**
 * The chunk with these other occurrences, of the same kind (a reindex's chunks read their text on demand,
 * from their prototype) and with the same fields; a chunk found nowhere else is kept as it is.
 */
function withOccurrences(chunk: Chunk, alsoIn: Occurrence[]): Chunk {
  if (alsoIn.length === 0 && chunk.alsoIn.length === 0) return chunk;
  return Object.assign(Object.create(Object.getPrototypeOf(chunk) as object) as Chunk, chunk, { alsoIn });
}

function occurrenceOf(c: Chunk): Occurrence {
  return { source: c.source, title: c.title, date: c.date, type: c.type, locator: c.locator, start: c.start, end: c.end };
}
