import type { Chunk, Occurrence } from "./types.js";

/**
 * Exact and near-duplicate chunks are indexed once and remember every place they occur, so a citation
 * can name both the JTAI letter and the panel pack that reprints it. Near means the two chunks share
 * most of their five-word shingles (Jaccard ≥ NEAR_DUPLICATE_JACCARD).
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
    kept.push({ ...canonical, alsoIn: others.map(occurrenceOf) });
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

/** Union-find over pairs that are exact or near duplicates in different places. */
function groupDuplicates(chunks: Chunk[]): Chunk[][] {
  const parent = chunks.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => void (parent[find(a)] = find(b));
  const shingleSets = chunks.map((c) => shingles(c.text));
  const byShingle = new Map<string, number[]>();
  shingleSets.forEach((set, i) =>
    set.forEach((s) => {
      const list = byShingle.get(s);
      if (list) list.push(i);
      else byShingle.set(s, [i]);
    }),
  );
  for (let i = 0; i < chunks.length; i++) {
    for (const j of candidatesFor(i, shingleSets[i], byShingle)) {
      if (chunks[i].contentHash === chunks[j].contentHash || jaccard(shingleSets[i], shingleSets[j]) >= NEAR_DUPLICATE_JACCARD) {
        union(i, j);
      }
    }
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

function candidatesFor(i: number, set: Set<string>, byShingle: Map<string, number[]>): Set<number> {
  const counts = new Map<number, number>();
  for (const s of set) {
    const postings = byShingle.get(s) ?? [];
    if (postings.length > COMMON_SHINGLE_POSTINGS) continue;
    for (const j of postings) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  const needed = Math.max(1, Math.floor(set.size * NEAR_DUPLICATE_JACCARD * 0.9));
  return new Set([...counts].filter(([, n]) => n >= needed).map(([j]) => j));
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

function occurrenceOf(c: Chunk): Occurrence {
  return { source: c.source, title: c.title, date: c.date, type: c.type, locator: c.locator, start: c.start, end: c.end };
}
