import { DATE_UNKNOWN } from "../corpus/types.js";
import type { Citation, Notice } from "./types.js";

/** Wording shared by every surface: what to say when the guidance is silent, and about old documents. */

export const OLD_DOCUMENT_YEARS = 3;

// Built once: toLocaleDateString with options builds a new formatter on every call (~0.5 ms each).
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A document's date as stored, or "date unknown" for an undated one. */
export function shownDate(date: string): string {
  return date || DATE_UNKNOWN;
}

/** "18 August 2022" for an ISO date; "date unknown" for none; anything else as it is. */
export function formatDate(iso: string): string {
  if (!iso) return DATE_UNKNOWN;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(date.getTime())) return iso;
  return DAY_MONTH_YEAR.format(date);
}

/** "August 2022": how an answer introduces a document's finding; "date unknown" when undated. */
export function formatMonthYear(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return DATE_UNKNOWN;
  return MONTH_YEAR.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** A document older than OLD_DOCUMENT_YEARS records the position then, not now. */
export function isOlderDocument(date: string, now: Date): boolean {
  const time = Date.parse(date);
  if (Number.isNaN(time)) return false;
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - OLD_DOCUMENT_YEARS);
  return time < cutoff.getTime();
}

/** Every surface lists the closest documents (Answer.closestDocuments) under this text. */
export function notCoveredText(contacts: { local: string | null }, covered: string | null = null): string {
  const contact = contacts.local
    ? ` For this, contact: ${contacts.local}.`
    : " Please check with your safeguarding lead or the partnership business unit.";
  return `The local guidance in the index doesn't say.${covered ? ` ${covered}` : ""}${contact}`;
}

export function oldDocumentNotice(citations: Citation[], now: Date): Notice | null {
  const old = [...new Set(citations.filter((c) => isOlderDocument(c.date, now)).map((c) => c.date.slice(0, 4)))].sort();
  if (!old.length) return null;
  return {
    kind: "old-document",
    text: `This draws on ${old.length > 1 ? "documents" : "a document"} from ${old.join(" and ")}; it records the position then, which may have changed since.`,
  };
}
