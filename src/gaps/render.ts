import { csvField } from "../excerpts/render/csv.js";
import type { GapReport } from "./report.js";

/** The gap report as markdown (the default), CSV (one row per topic) or JSON. */

export const GAP_FORMATS = ["md", "csv"] as const;
export type GapFormat = (typeof GAP_FORMATS)[number];

export function renderGapReport(report: GapReport, format: GapFormat, minAskers: number): string {
  return format === "csv" ? gapCsv(report) : gapMarkdown(report, minAskers);
}

export function gapMarkdown(report: GapReport, minAskers: number): string {
  const lines = [`# Questions the guidance did not answer well`, ``, `${report.recorded} recorded since ${report.since}.`];
  if (!report.topics.length) return [...lines, ``, `Nothing recorded.`, ``].join("\n");
  for (const t of report.topics) {
    lines.push(``, `## ${t.topic} (${t.count})`, ``);
    lines.push(`By month: ${monthsText(t.months)}`);
    if (t.examples.length) {
      lines.push(``, ...t.examples.map((e) => `- ${e.replace(/\s+/g, " ")}`));
    } else {
      lines.push(``, `Counts only: fewer than ${minAskers} people asked about this.`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export const GAP_CSV_COLUMNS = ["topic", "count", "months", "examples"];

export function gapCsv(report: GapReport): string {
  const rows = report.topics.map((t) => [t.topic, String(t.count), monthsText(t.months), t.examples.join(" | ")]);
  return [GAP_CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function monthsText(months: Record<string, number>): string {
  return Object.entries(months)
    .map(([month, n]) => `${month}: ${n}`)
    .join(", ");
}
