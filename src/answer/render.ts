import { isOlderDocument } from "../corpus/dates.js";
import type { Citation, Notice } from "./types.js";

/** Wording shared by every surface: what to say when the guidance is silent, and about old documents. */

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
