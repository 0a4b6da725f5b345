import type { types } from "@slack/bolt";
import { MAX_CONTEXT_ELEMENTS, MAX_SECTION_TEXT, MAX_URGENT_SECTIONS } from "./limits.js";
import { escapeMrkdwn, splitText, truncate } from "./mrkdwn.js";

/**
 * What the guards found, as blocks every message shows the same way: the urgent-contact message as its own
 * section before anything else, the other notices in one context block.
 */

const PERSONAL_DATA_TEXT = "Please don't share identifiable details here.";

export function urgentBlocks(urgent: string | null): types.SectionBlock[] {
  if (!urgent?.trim()) return [];
  return splitText(escapeMrkdwn(`:rotating_light: ${urgent}`), MAX_SECTION_TEXT)
    .slice(0, MAX_URGENT_SECTIONS)
    .map((piece) => ({ type: "section", text: { type: "mrkdwn", text: piece } }));
}

export function noticeContext(notices: readonly { kind: string; text: string }[]): types.KnownBlock[] {
  if (!notices.length) return [];
  const texts = notices.map(noticeText);
  const head = texts.slice(0, MAX_CONTEXT_ELEMENTS - 1);
  const tail = texts.slice(MAX_CONTEXT_ELEMENTS - 1);
  if (tail.length) head.push(tail.join(" · "));
  const elements = head.map((t) => ({ type: "mrkdwn" as const, text: truncate(escapeMrkdwn(t), MAX_SECTION_TEXT) }));
  return [{ type: "context", elements }];
}

/** A guard's notices for a message that is not an answer (excerpts): urgent first, the rest after it. */
export function guardBlocks(notices: readonly { kind: string; text: string }[]): types.KnownBlock[] {
  const urgent = notices.find((n) => n.kind === "urgent")?.text ?? null;
  return [...urgentBlocks(urgent), ...noticeContext(notices.filter((n) => n.kind !== "urgent"))];
}

function noticeText(notice: { kind: string; text: string }): string {
  if (notice.kind === "personal-data") {
    const text = notice.text.includes("identifiable details") ? notice.text : `${PERSONAL_DATA_TEXT} ${notice.text}`;
    return `:lock: ${text.trim()}`;
  }
  if (notice.kind === "old-document") return `:hourglass: ${notice.text}`;
  return `:information_source: ${notice.text}`;
}
