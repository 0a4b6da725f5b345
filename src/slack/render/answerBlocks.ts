import type { types } from "@slack/bolt";
import type { Answer } from "../../answer/types.js";
import { answerView, type AnswerView, type SourceView } from "../../answer/view.js";
import { MAX_BUTTON_VALUE, MAX_FALLBACK_TEXT, MAX_SECTION_TEXT, MAX_SOURCES_SHOWN, MAX_TEXT_SECTIONS } from "./limits.js";
import { encodeFeedbackRef, feedbackRefFor } from "./feedbackRef.js";
import { escapeMrkdwn, splitText, truncate } from "./mrkdwn.js";
import { noticeContext, urgentBlocks } from "./noticeBlocks.js";

export * from "./limits.js";
export { decodeFeedbackRef, encodeFeedbackRef, type FeedbackRef } from "./feedbackRef.js";

/** A message ready for chat.postMessage, respond() or say(): blocks plus the plain fallback text. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

export const ACTION = {
  helpful: "feedback_helpful",
  notHelpful: "feedback_not_helpful",
  reason: "feedback_reason",
  showPassage: "show_passage",
  share: "share_answer",
  excerptsDocx: "excerpts_docx",
} as const;

export interface RenderOptions {
  /** Random id of this answer; feedback refers to it instead of the question's words. */
  questionId: string;
  now?: Date;
  /** Offer "Share in channel" (for answers only the asker can see). */
  shareable?: boolean;
}

/** Render an answer: urgent message, body, sources with "Show passage" buttons, notices and feedback buttons. */
export function renderAnswer(answer: Answer, options: RenderOptions): SlackMessage {
  const view = answerView(answer, options.now ?? new Date());
  const blocks: types.KnownBlock[] = [
    ...urgentBlocks(view.urgent),
    ...sections(view.body, MAX_TEXT_SECTIONS),
    ...closestDocumentBlocks(view),
    ...sourceBlocks(view.sources),
    ...noticeContext(view.notices),
    actionsBlock(answer, options),
  ];
  return { text: fallbackText(view), blocks };
}

/** Escaped mrkdwn sections of at most MAX_SECTION_TEXT, at most `max` of them. */
export function sections(text: string, max: number): types.SectionBlock[] {
  if (!text.trim()) return [];
  const pieces = splitText(escapeMrkdwn(text), MAX_SECTION_TEXT);
  const kept = pieces.slice(0, max);
  if (pieces.length > max) kept[max - 1] = truncate(`${kept[max - 1]} …`, MAX_SECTION_TEXT);
  return kept.map((piece) => ({ type: "section", text: { type: "mrkdwn", text: piece } }));
}

function closestDocumentBlocks(view: AnswerView): types.KnownBlock[] {
  if (!view.closest.length) return [];
  const lines = view.closest.map((d) => `• ${escapeMrkdwn(d.title)} (${escapeMrkdwn(d.date)})`);
  const text = truncate(`*Closest documents in the guidance:*\n${lines.join("\n")}`, MAX_SECTION_TEXT);
  return [{ type: "section", text: { type: "mrkdwn", text } }];
}

function sourceBlocks(sources: SourceView[]): types.KnownBlock[] {
  if (!sources.length) return [];
  const shown = sources.slice(0, MAX_SOURCES_SHOWN);
  const blocks: types.KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: "*Sources*" } },
    ...shown.map((source, i) => sourceBlock(source, i)),
  ];
  if (sources.length > shown.length) {
    const more = `…and ${sources.length - shown.length} more sources.`;
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: more }] });
  }
  return blocks;
}

function sourceBlock(source: SourceView, index: number): types.SectionBlock {
  const title = truncate(escapeMrkdwn(source.title), 500);
  const older = source.older ? " · _older document_" : "";
  const lines = [`*${index + 1}. ${title}*`, `${truncate(escapeMrkdwn(source.date), 40)}${older}`];
  if (source.where) lines.push(truncate(escapeMrkdwn(source.where), 1000));
  const link = documentLink(source.url);
  if (link) lines.push(link);
  return {
    type: "section",
    text: { type: "mrkdwn", text: truncate(lines.join("\n"), MAX_SECTION_TEXT) },
    accessory: {
      type: "button",
      action_id: `${ACTION.showPassage}_${index}`,
      text: { type: "plain_text", text: "Show passage" },
      value: source.chunkId.slice(0, MAX_BUTTON_VALUE),
    },
  };
}

/** "Open the document", linking to where the document is published; only an http(s) URL is linked. */
export function documentLink(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/\S+$/i.test(url) || url.length > 1000) return null;
  const safe = url.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C");
  return `<${safe}|Open the document>`;
}

function actionsBlock(answer: Answer, options: RenderOptions): types.ActionsBlock {
  const value = encodeFeedbackRef(feedbackRefFor(answer, options.questionId));
  const elements: types.Button[] = [
    { type: "button", action_id: ACTION.helpful, text: { type: "plain_text", text: ":thumbsup: Helpful", emoji: true }, value },
    { type: "button", action_id: ACTION.notHelpful, text: { type: "plain_text", text: ":thumbsdown: Not helpful", emoji: true }, value },
  ];
  if (options.shareable) {
    const share = options.questionId.slice(0, MAX_BUTTON_VALUE);
    elements.push({ type: "button", action_id: ACTION.share, text: { type: "plain_text", text: "Share in channel" }, value: share });
  }
  return { type: "actions", elements };
}

function fallbackText(view: AnswerView): string {
  const sources = view.sources.map((source, i) => `${i + 1}. ${source.title} (${source.date})`);
  const parts = [view.urgent ?? "", view.body, sources.length ? `Sources: ${sources.join("; ")}` : ""];
  const text = truncate(escapeMrkdwn(parts.filter((p) => p.trim()).join("\n\n")), MAX_FALLBACK_TEXT);
  return text || "safeguide answer";
}
