import { shownDate } from "../../corpus/dates.js";
import type { ExcerptSet } from "../types.js";

/**
 * RFC 4180: CRLF line ends; a field holding a comma, quote or line break is quoted, quotes doubled. A cell
 * a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) gets a leading single
 * quote first, as OWASP's CSV-injection guidance advises, so a quoted "-" list item stays text.
 */

export const CSV_COLUMNS = [
  "topic",
  "document",
  "publisher",
  "date",
  "section",
  "paragraph",
  "page",
  "source",
  "also_in",
  "excerpt",
  "url",
];

export function renderCsv(set: ExcerptSet): string {
  const rows = set.groups.flatMap((g) =>
    g.excerpts.map((e) => [
      set.topic,
      e.citation.title,
      e.citation.publisher,
      shownDate(e.citation.date),
      e.citation.section ?? "",
      e.citation.paragraph ?? "",
      e.citation.page === null ? "" : String(e.citation.page),
      e.citation.source,
      e.citation.alsoIn.join("; "),
      e.text,
      e.citation.url ?? "",
    ]),
  );
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function csvField(raw: string): string {
  const value = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
