import { isOlderDocument } from "./dates.js";

/**
 * Documents due for review: dated more than REVIEW_AFTER_YEARS ago, so that admins can ask the
 * partnership for a current version. An undated document is not named here (its date is unknown, not old).
 */
export function dueForReview<T extends { date: string }>(documents: T[], now: Date, years: number): T[] {
  return documents.filter((d) => isOlderDocument(d.date, now, years)).sort((a, b) => a.date.localeCompare(b.date));
}

/** One reindex warning per document due for review, oldest first. */
export function reviewWarnings(documents: { source: string; date: string }[], now: Date, years: number): string[] {
  return dueForReview(documents, now, years).map(
    (d) => `${d.source}: dated ${d.date}, older than ${years} years (REVIEW_AFTER_YEARS): due for review; ask for a current version`,
  );
}
