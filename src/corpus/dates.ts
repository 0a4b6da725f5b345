import { DATE_UNKNOWN } from "./types.js";

/** A document's date in words, the same on every surface (answers, excerpts, Slack, the terminal). */

export const OLD_DOCUMENT_YEARS = 3;

// Built once: toLocaleDateString with options builds a new formatter on every call (~0.5 ms each).
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A document's date as stored, or "date unknown" for an undated one. */
export function shownDate(date: string): string {
  return date || DATE_UNKNOWN;
}

/** "18 August 2022" for an ISO date, "May 2024" for one known only to the month; "date unknown" for none, or for one that cannot be read as a date. */
export function formatDate(iso: string): string {
  if (/^\d{4}-\d{2}$/.test(iso)) return formatMonthYear(iso);
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(date.getTime())) return DATE_UNKNOWN;
  return DAY_MONTH_YEAR.format(date);
}

/** "August 2022": how an answer introduces a document's finding; "date unknown" when undated. */
export function formatMonthYear(iso: string): string {
  if (!/^\d{4}-\d{2}(-\d{2})?$|^\d{4}-\d{2}-\d{2}T/.test(iso)) return DATE_UNKNOWN;
  const date = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? DATE_UNKNOWN : MONTH_YEAR.format(date);
}

/** A document older than OLD_DOCUMENT_YEARS records the position then, not now. */
export function isOlderDocument(date: string, now: Date, years = OLD_DOCUMENT_YEARS): boolean {
  const time = Date.parse(date);
  if (Number.isNaN(time)) return false;
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - Math.round(years * 12));
  return time < cutoff.getTime();
}
