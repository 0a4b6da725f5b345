import { mulberry32 } from "../src/index/svd.js";
/** Summaries of repeated measurements: latency percentiles, and min/median/max over runs. */

export interface Latencies {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface Spread {
  n: number;
  min: number;
  median: number;
  max: number;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function latencies(samples: number[]): Latencies {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}

export function spread(samples: number[]): Spread {
  return { n: samples.length, min: Math.min(...samples), median: percentile(samples, 50), max: Math.max(...samples) };
}

/** Run `work` and return its result with the wall time in milliseconds. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** A small deterministic generator (mulberry32), so synthetic corpora and samples repeat exactly. */
export const seeded = mulberry32;

export function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)];
}
