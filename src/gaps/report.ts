import type { GapRecord } from "./types.js";

/**
 * The gap report: recorded questions grouped by topic, with counts per month. A topic's examples (up to
 * three redacted questions, newest first) are shown only once at least `minAskers` different people asked
 * about it, so that a rare question cannot point back to the one practitioner who asked it.
 */

export interface GapTopic {
  topic: string;
  count: number;
  /** "YYYY-MM" (UTC) → how many that month. */
  months: Record<string, number>;
  /** Empty when fewer than the minimum of distinct askers asked. */
  examples: string[];
}

export interface GapReport {
  topics: GapTopic[];
  /** The report covers records from this date (YYYY-MM-DD). */
  since: string;
  /** How many records the report covers. */
  recorded: number;
}

export const MAX_EXAMPLES = 3;

export function gapReport(records: GapRecord[], options: { since: Date; minAskers: number }): GapReport {
  const inWindow = records.filter((r) => Date.parse(r.at) >= options.since.getTime());
  const byTopic = new Map<string, GapRecord[]>();
  for (const r of inWindow) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r]);
  const topics = [...byTopic].map(([topic, rs]) => topicOf(topic, rs, options.minAskers));
  topics.sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
  return { topics, since: options.since.toISOString().slice(0, 10), recorded: inWindow.length };
}

function topicOf(topic: string, records: GapRecord[], minAskers: number): GapTopic {
  const months: Record<string, number> = {};
  for (const r of records) months[r.at.slice(0, 7)] = (months[r.at.slice(0, 7)] ?? 0) + 1;
  const askers = new Set(records.map((r) => r.askerHash)).size;
  const newestFirst = [...records].sort((a, b) => b.at.localeCompare(a.at)).map((r) => r.text);
  return {
    topic,
    count: records.length,
    months: Object.fromEntries(Object.entries(months).sort(([a], [b]) => a.localeCompare(b))),
    examples: askers >= minAskers ? [...new Set(newestFirst)].slice(0, MAX_EXAMPLES) : [],
  };
}
