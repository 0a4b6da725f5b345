import type { HnswDenseIndex } from "../src/index/hnswDenseIndex.js";
import type { IndexSnapshot } from "../src/index/snapshot.js";
import { seeded } from "./stats.js";

/**
 * hnsw recall@10 at the configured ef: the share of the exact ten nearest neighbours (brute-force cosine
 * over the stored vectors) that the HNSW search returns. Queries are question embeddings plus perturbed
 * chunk vectors.
 */

export interface Recall {
  recallAt10: number;
  queries: number;
  ef: number;
}

const K = 10;

export async function measureRecall(snapshot: IndexSnapshot, dense: HnswDenseIndex, questions: string[], queries = 200): Promise<Recall> {
  const index = dense.index;
  const n = index.getCurrentCount();
  const stored = Array.from({ length: n }, (_, label) => normalise(index.getPoint(label)));
  const vectors = await queryVectors(snapshot, stored, questions, queries);
  let found = 0;
  for (const q of vectors) {
    const exact = exactTop(stored, q, K);
    const approx = new Set(index.searchKnn(q, Math.min(K, n)).neighbors);
    found += exact.filter((label) => approx.has(label)).length;
  }
  return { recallAt10: found / (vectors.length * Math.min(K, n)), queries: vectors.length, ef: index.getEf() };
}

async function queryVectors(snapshot: IndexSnapshot, stored: Float32Array[], questions: string[], count: number): Promise<number[][]> {
  const rand = seeded(10);
  const fromQuestions = (await snapshot.embeddings.embedDocuments(questions.slice(0, count / 2))).filter((v) => v.some((x) => x !== 0));
  const out = fromQuestions.map((v) => [...normalise(v)]);
  while (out.length < count) {
    const base = stored[Math.floor(rand() * stored.length)];
    out.push([...normalise(Array.from(base, (x) => x + (rand() - 0.5) * 0.1))]);
  }
  return out;
}

function exactTop(stored: Float32Array[], query: number[], k: number): number[] {
  const q = Float32Array.from(query);
  const best: { label: number; score: number }[] = [];
  for (let label = 0; label < stored.length; label++) {
    const v = stored[label];
    let dot = 0;
    for (let i = 0; i < q.length; i++) dot += q[i] * v[i];
    if (best.length < k || dot > best[best.length - 1].score) {
      best.push({ label, score: dot });
      best.sort((a, b) => b.score - a.score);
      if (best.length > k) best.pop();
    }
  }
  return best.map((b) => b.label);
}

function normalise(v: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i] * v[i];
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float32Array.from(v, (x) => x * scale);
}
