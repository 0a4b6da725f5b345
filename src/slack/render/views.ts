import type { types } from "@slack/bolt";
import type { IndexStatus } from "../../service.js";
import type { Locator } from "../../corpus/types.js";
import type { FeedbackCounts } from "../../feedback/store.js";
import { isOlderDocument } from "../../corpus/dates.js";
import { formatDate } from "../../corpus/dates.js";
import { whereText } from "../../answer/view.js";
import { sections } from "./answerBlocks.js";
import { MAX_BLOCKS_PER_VIEW, MAX_HEADER_TEXT, MAX_MODAL_TITLE } from "./limits.js";
import { EXAMPLE_QUESTIONS } from "./messages.js";
import { escapeMrkdwn, truncate } from "./mrkdwn.js";

/** Modals and the App Home tab. Pure. */

export interface PassageView {
  source: string;
  title: string;
  date: string;
  url?: string;
  locator: Locator;
  text: string;
}

export function passageModal(passage: PassageView | null, now = new Date()): types.View {
  const title = { type: "plain_text" as const, text: truncate("Passage", MAX_MODAL_TITLE) };
  const close = { type: "plain_text" as const, text: "Close" };
  if (!passage) {
    const gone = "This passage is no longer available here. Ask the question again to see its sources.";
    return { type: "modal", title, close, blocks: sections(gone, 1) };
  }
  const meta = [
    formatDate(passage.date),
    isOlderDocument(passage.date, now) ? "older document" : "",
    whereText(passage.locator),
    passage.source,
  ]
    .filter(Boolean)
    .join(" · ");
  const blocks: types.KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: truncate(passage.title || passage.source, MAX_HEADER_TEXT) } },
    { type: "context", elements: [{ type: "mrkdwn", text: truncate(escapeMrkdwn(meta), 3000) }] },
    ...sections(passage.text, MAX_BLOCKS_PER_VIEW - 2),
  ];
  return { type: "modal", title, close, blocks };
}

export interface HomeOptions {
  status: IndexStatus | null;
  /** Shown to admins only. */
  counts?: FeedbackCounts | null;
  /** Deliveries Slack refused for good, by reason (admins only). */
  failed?: Record<string, number> | null;
  now?: Date;
}

export function homeView({ status, counts, failed, now = new Date() }: HomeOptions): types.View {
  const examples = EXAMPLE_QUESTIONS.map((q) => `• ${q}`).join("\n");
  const blocks: types.KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: "safeguide" } },
    ...sections(
      "Answers to safeguarding practitioners' questions from the local guidance, built on quoted, cited passages. " +
        "When the guidance doesn't cover something, it says so and points you to the right contacts.",
      1,
    ),
    {
      type: "section",
      text: {
        type: "mrkdwn",
        text:
          "*How to ask*\n• Send me a direct message, or use the assistant panel\n• Mention @safeguide in a channel\n" +
          "• `/safeguide your question` (only you see the answer)\n• Reply in the thread to follow up",
      },
    },
    { type: "section", text: { type: "mrkdwn", text: `*Example questions*\n${escapeMrkdwn(examples)}` } },
    { type: "divider" },
    ...statusBlocks(status, now),
  ];
  if (counts) {
    const line = `*Feedback (admins only)*\n:thumbsup: ${counts.helpful} helpful · :thumbsdown: ${counts.not_helpful} not helpful · ${counts.total} in all`;
    blocks.push({ type: "divider" }, { type: "section", text: { type: "mrkdwn", text: line } });
  }
  const refusals = Object.entries(failed ?? {});
  if (refusals.length) {
    const total = refusals.reduce((sum, [, n]) => sum + n, 0);
    const reasons = refusals.map(([reason, n]) => `\`${escapeMrkdwn(reason)}\` ${n}`).join(" · ");
    const line = `*Undelivered answers (admins only)*\n${total} answer${total === 1 ? "" : "s"} Slack refused: ${reasons}. They are tried again at the next start (after the token or channel is fixed).`;
    blocks.push({ type: "section", text: { type: "mrkdwn", text: line } });
  }
  return { type: "home", blocks: blocks.slice(0, MAX_BLOCKS_PER_VIEW) };
}

function statusBlocks(status: IndexStatus | null, now: Date): types.KnownBlock[] {
  if (!status) return sections("*The guidance*\nThe index status is not available right now.", 1);
  const summary =
    `*The guidance*\n${status.documents.length} documents, ${status.chunkCount} passages. ` +
    `Index ${status.version}, built ${status.builtAt}, embedding model ${status.embeddingModel}.`;
  const docs = status.documents.map((d) => {
    const older = isOlderDocument(d.date, now) ? " (older document)" : "";
    return `• ${d.title || d.source} (${formatDate(d.date)})${older}`;
  });
  return [...sections(summary, 1), ...sections(docs.join("\n"), 20)];
}
