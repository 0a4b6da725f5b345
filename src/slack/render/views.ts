import type { types } from "@slack/bolt";
import type { IndexStatus } from "../../service.js";
import type { Locator } from "../../corpus/types.js";
import type { FeedbackCounts } from "../../feedback/store.js";
import type { GapReport } from "../../gaps/report.js";
import { dueForReview } from "../../corpus/review.js";
import { isOlderDocument } from "../../corpus/dates.js";
import { formatDate } from "../../corpus/dates.js";
import { whereText } from "../../answer/view.js";
import { documentLink, sections } from "./answerBlocks.js";
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
  const link = documentLink(passage.url);
  const blocks: types.KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: truncate(passage.title || passage.source, MAX_HEADER_TEXT) } },
    { type: "context", elements: [{ type: "mrkdwn", text: truncate(escapeMrkdwn(meta) + (link ? ` · ${link}` : ""), 3000) }] },
    ...sections(passage.text, MAX_BLOCKS_PER_VIEW - 2),
  ];
  return { type: "modal", title, close, blocks };
}

export interface HomeOptions {
  status: IndexStatus | null;
  /** Shown to admins only. */
  counts?: FeedbackCounts | null;
  /** Shown to admins only: the top gaps, and documents older than `reviewAfterYears`. */
  admin?: { gaps: GapReport | null; reviewAfterYears: number } | null;
  /** Deliveries Slack refused for good, by reason (admins only). */
  failed?: Record<string, number> | null;
  now?: Date;
}

const TOP_GAPS = 5;

export function homeView({ status, counts, admin, failed, now = new Date() }: HomeOptions): types.View {
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
  if (admin) blocks.push(...adminBlocks(admin, status, now));
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

function adminBlocks(admin: NonNullable<HomeOptions["admin"]>, status: IndexStatus | null, now: Date): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  if (admin.gaps) {
    const top = admin.gaps.topics.slice(0, TOP_GAPS).map((t) => {
      const examples = t.examples.map((e) => `\n    _${escapeMrkdwn(truncate(e, 200))}_`).join("");
      return `• ${escapeMrkdwn(t.topic)}: ${t.count}${examples}`;
    });
    const text = top.length
      ? `*Top gaps (admins only)*\nQuestions the guidance did not answer well since ${admin.gaps.since}:\n${top.join("\n")}`
      : `*Top gaps (admins only)*\nNo unanswered questions recorded since ${admin.gaps.since}.`;
    blocks.push({ type: "divider" }, ...sections(text, 3));
  }
  const due = status ? dueForReview(status.documents, now, admin.reviewAfterYears) : [];
  if (due.length) {
    const lines = due.map((d) => `• ${escapeMrkdwn(d.title || d.source)} (${formatDate(d.date)})`);
    blocks.push(
      ...sections(
        `*Due for review (admins only)*\nOlder than ${admin.reviewAfterYears} years; ask for a current version:\n${lines.join("\n")}`,
        3,
      ),
    );
  }
  return blocks;
}
