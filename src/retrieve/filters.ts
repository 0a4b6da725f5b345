import type { Chunk, DocType } from "../corpus/types.js";
import { DOC_TYPES } from "../corpus/types.js";
import { parseAudiences, visibleTo, type DocumentAudience } from "./audience.js";
import type { SearchFilters } from "./types.js";

/**
 * The same filters everywhere (ask, eval, excerpts, Slack): source, type, date range, audience. A passage
 * printed in more than one document (a letter reprinted in a panel pack) matches when any place it
 * occurs does: `--source pack.txt --since 2022-10` finds the letter's text as the October pack printed it.
 * The audience is always enforced, with or without the other filters: no filters at all means public only.
 */

type Place = Pick<Chunk, "source" | "type" | "date">;

export function chunkFilter(filters: SearchFilters | undefined): (chunk: Chunk) => boolean {
  const { sources, types, since, until, audiences = [] } = filters ?? {};
  const placeMatches = (p: Place) =>
    (!sources?.length || sources.some((s) => p.source === s || p.source.includes(s))) &&
    (!types?.length || types.includes(p.type)) &&
    (!since || p.date >= since) &&
    (!until || p.date <= until);
  if (!sources?.length && !types?.length && !since && !until) return (c) => visibleTo(c.audience, audiences);
  return (c) => visibleTo(c.audience, audiences) && (placeMatches(c) || c.alsoIn.some(placeMatches));
}

/**
 * Whether the filter can drop anything from this snapshot: a place filter is set, or some document is
 * one the asker may not see. Only then does the dense search fetch extra candidates to make up for it.
 */
export function filterNarrows(filters: SearchFilters | undefined, documents: ReadonlyMap<string, DocumentAudience>): boolean {
  const { sources, types, since, until, audiences = [] } = filters ?? {};
  if (sources?.length || types?.length || since || until) return true;
  for (const d of documents.values()) if (!visibleTo(d.audience, audiences)) return true;
  return false;
}

/** Parse the command-line form of the filters; throws a clear message for a bad value. */
export function parseFilters(raw: {
  source?: string[];
  type?: string[];
  since?: string;
  until?: string;
  audience?: string[];
}): SearchFilters {
  for (const t of raw.type ?? []) {
    if (!(DOC_TYPES as readonly string[]).includes(t)) throw new Error(`unknown --type "${t}"; one of: ${DOC_TYPES.join(", ")}`);
  }
  for (const [name, value] of [
    ["since", raw.since],
    ["until", raw.until],
  ] as const) {
    if (value && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new Error(`--${name} must be a date like 2022 or 2022-06-30`);
  }
  const audiences = parseAudiences(raw.audience);
  return {
    sources: raw.source?.length ? raw.source : undefined,
    types: raw.type?.length ? (raw.type as DocType[]) : undefined,
    since: raw.since ? padDate(raw.since, "01") : undefined,
    until: raw.until ? padDate(raw.until, "31") : undefined,
    audiences: audiences.length ? audiences : undefined,
  };
}

function padDate(value: string, day: string): string {
  const [y, m] = value.split("-");
  if (value.length === 4) return day === "01" ? `${y}-01-01` : `${y}-12-31`;
  if (value.length === 7) return `${y}-${m}-${day}`;
  return value;
}
