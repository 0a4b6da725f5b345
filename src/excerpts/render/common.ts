import { formatDate } from "../../corpus/dates.js";
import type { SearchFilters } from "../../retrieve/types.js";
import type { Citation, Excerpt, ExcerptSet } from "../types.js";

/** What every format shows the same way: the header, a citation, an excerpt with its cut marks. */

function formatMadeAt(iso: string): string {
  return `${formatDate(iso)}, ${iso.slice(11, 16)} UTC`;
}

export function describeFilters(f: SearchFilters): string {
  const parts = [
    f.sources?.length ? `source ${f.sources.join(" or ")}` : null,
    f.types?.length ? `type ${f.types.join(" or ")}` : null,
    f.since ? `since ${f.since}` : null,
    f.until ? `until ${f.until}` : null,
    f.audiences?.length ? `audience ${f.audiences.join(" or ")}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : "none";
}

/** The header as label/value pairs, in display order. */
export function headerFields(set: ExcerptSet): [string, string][] {
  const docs = set.groups.length;
  return [
    ["Topic", set.topic],
    ["Made", formatMadeAt(set.madeAt)],
    ["Index version", set.indexVersion],
    ["Filters", describeFilters(set.filters)],
    ["Sorted by", set.sort === "date" ? "date, newest first" : "relevance"],
    ["Found", `${set.total} excerpt${set.total === 1 ? "" : "s"} from ${docs} document${docs === 1 ? "" : "s"}`],
  ];
}

export function heading(set: ExcerptSet): string {
  return `Excerpts: “${set.topic}”`;
}

/** "Title, Publisher, 18 August 2022, section “…”, paragraph 2.11, page 4; also in other.txt; https://…" */
export function citationText(c: Citation): string {
  const parts = [
    c.title,
    c.publisher,
    formatDate(c.date),
    c.section ? `section “${c.section}”` : null,
    c.paragraph ? `paragraph ${c.paragraph}` : null,
    c.page !== null ? `page ${c.page}` : null,
  ].filter((p): p is string => !!p && p.trim() !== "");
  return `${parts.join(", ")}${c.alsoIn.length ? `; also in ${c.alsoIn.join(", ")}` : ""}${c.url ? `; ${c.url}` : ""}`;
}

/** The excerpt as shown: its exact text, with "…" outside it where the source was cut. */
export function displayText(e: Excerpt): string {
  return `${e.leadingEllipsis ? "… " : ""}${e.text}${e.trailingEllipsis ? " …" : ""}`;
}
