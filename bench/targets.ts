/** The targets each figure is held to, and whether a measured value meets them. */

export interface Target {
  label: string;
  /** "<" means the value must be below the limit, ">=" at or above it. */
  op: "<" | ">=";
  limit: number;
  unit: string;
}

export const TARGETS = {
  answerP95Corpus: { label: "answer p95 (corpus)", op: "<", limit: 30, unit: "ms" },
  answerP95Large: { label: "answer p95 (synthetic)", op: "<", limit: 100, unit: "ms" },
  recall: { label: "hnsw recall@10", op: ">=", limit: 0.98, unit: "" },
  noChangeReindex: { label: "no-change reindex", op: "<", limit: 1000, unit: "ms" },
  fullReindex: { label: "full corpus reindex", op: "<", limit: 10_000, unit: "ms" },
  rssLarge: { label: "peak RSS (synthetic)", op: "<", limit: 300, unit: "MB" },
  rssReindex: { label: "reindex peak RSS", op: "<", limit: 300, unit: "MB" },
  ackP95: { label: "Slack ack p95", op: "<", limit: 50, unit: "ms" },
} satisfies Record<string, Target>;

export function meets(target: Target, value: number): boolean {
  return target.op === "<" ? value < target.limit : value >= target.limit;
}

export function verdict(target: Target, value: number): string {
  return `${meets(target, value) ? "met" : "MISSED"} (target ${target.op} ${target.limit}${target.unit ? ` ${target.unit}` : ""})`;
}
