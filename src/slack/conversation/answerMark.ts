import { createHash } from "node:crypto";
import type { webApi } from "@slack/bolt";

/**
 * Every answer posted in a thread carries its delivery's mark in Slack message metadata, so an answer
 * that reached Slack just before the process died (before the journal could mark the delivery answered)
 * is found in the thread when the delivery is taken up again, rather than posted a second time. The mark is
 * a hash of the delivery's journal key: it says nothing about the question.
 */

export const ANSWER_EVENT = "safeguide_answer";
/** Enough of a long thread to find an answer posted moments ago. */
const MAX_PAGES = 5;

export function answerMark(deliveryKey: string): string {
  return createHash("sha256").update(deliveryKey).digest("hex").slice(0, 24);
}

export function markMetadata(mark: string): { event_type: string; event_payload: { delivery: string } } {
  return { event_type: ANSWER_EVENT, event_payload: { delivery: mark } };
}

/**
 * The ts of the answer with this mark in the thread, or null. Reading a thread needs the history scope of
 * its kind of conversation (the manifest has `im:history`); where Slack refuses, the caller posts anyway.
 */
export async function markedAnswerIn(client: webApi.WebClient, channel: string, threadTs: string, mark: string): Promise<string | null> {
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const replies = await client.conversations.replies({ channel, ts: threadTs, include_all_metadata: true, limit: 200, cursor });
    const found = (replies.messages ?? []).find((m) => {
      const metadata = (m as { metadata?: { event_type?: string; event_payload?: { delivery?: unknown } } }).metadata;
      return metadata?.event_type === ANSWER_EVENT && metadata.event_payload?.delivery === mark;
    });
    if (found?.ts) return found.ts;
    cursor = replies.response_metadata?.next_cursor || undefined;
    if (!replies.has_more || !cursor) return null;
  }
  return null;
}
