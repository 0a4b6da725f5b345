import type { types } from "@slack/bolt";
import { REASONS, type Reason } from "../../feedback/store.js";
import { ACTION, sections, type SlackMessage } from "./answerBlocks.js";
import { MAX_BLOCKS_PER_MESSAGE, MAX_OPTION_VALUE } from "./limits.js";
import { escapeMrkdwn } from "./mrkdwn.js";

/** Short fixed messages: help, apology, refusal, feedback follow-ups. Pure. (Excerpts: excerptBlocks.ts.) */

export const EXAMPLE_QUESTIONS = [
  "What did the joint inspection find about the response to child criminal exploitation?",
  "Can health practitioners see from a child's record that they are at risk of exploitation?",
  "What did inspectors ask GPs and emergency department staff to do differently?",
  "How is the safeguarding partnership assured that multi-agency work is effective?",
];

export const GREETING =
  "Hello! I answer questions from the local safeguarding guidance, quoting the documents I rely on. " +
  "Please don't share identifiable details about children or families.";

export const SEARCHING_STATUS = "searching the guidance…";
/** Shown once while an answer's post waits out Slack or the journal; the answer follows. */
export const STILL_WORKING_TEXT = "Still working on your question — Slack or our database is slow; the answer will follow here.";
export const STILL_WORKING_STATUS = "is still working on it: Slack or our database is slow…";

export function helpMessage(): SlackMessage {
  const examples = EXAMPLE_QUESTIONS.map((q) => `• ${q}`).join("\n");
  const text =
    "*safeguide* answers questions from the local safeguarding guidance (inspection letters, multi-agency " +
    "procedures, partnership reports) with short answers built on quoted, cited passages. When the guidance " +
    "doesn't cover something, it says so.\n\n" +
    "*How to ask*\n• `/safeguide your question` (only you see the answer; you can share it)\n" +
    "• mention @safeguide in a channel, or send it a direct message; reply in the thread to follow up\n" +
    "• `/safeguide quote <topic>` for verbatim excerpts with citations\n\n" +
    `*Examples*\n${examples}\n\n` +
    "Please don't share identifiable details (names, dates of birth, NHS numbers, addresses) here. " +
    "If a child is in immediate danger, call 999.";
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}

export function apologyMessage(referenceId: string): SlackMessage {
  const text =
    `Sorry, something went wrong while I was answering. Please try again in a moment. ` +
    `If it keeps happening, tell your admin the reference *${referenceId}*.`;
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}

export function refusalMessage(): SlackMessage {
  const text =
    "Sorry, I'm not set up to answer here. Please ask me in a direct message or in one of the channels " + "your admin has enabled.";
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}

export function plainMessage(text: string): SlackMessage {
  return { text: escapeMrkdwn(text), blocks: sections(text, 3) };
}

/** After a rating: thanks, and for "not helpful" an optional reason from a fixed list. */
export function feedbackThanks(feedbackId: string, askReason: boolean): SlackMessage {
  const text = "Thanks for the feedback.";
  const blocks: types.KnownBlock[] = [{ type: "section", text: { type: "mrkdwn", text } }];
  if (askReason) {
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: "If you like, tell us what was wrong (optional):" },
      accessory: {
        type: "static_select",
        action_id: ACTION.reason,
        placeholder: { type: "plain_text", text: "Choose a reason" },
        options: Object.entries(REASONS).map(([code, label]) => ({
          text: { type: "plain_text", text: label },
          value: `${code}|${feedbackId}`.slice(0, MAX_OPTION_VALUE),
        })),
      },
    });
  }
  return { text, blocks };
}

export function parseReasonValue(value: string | undefined): { reason: Reason; feedbackId: string } | null {
  const [reason, feedbackId] = (value ?? "").split("|");
  if (!reason || !feedbackId || !Object.hasOwn(REASONS, reason)) return null;
  return { reason: reason as Reason, feedbackId };
}

export function sharedByMessage(message: SlackMessage, userId: string): SlackMessage {
  const byline: types.KnownBlock = {
    type: "context",
    elements: [{ type: "mrkdwn", text: `Shared by <@${userId.replace(/[^A-Z0-9]/gi, "")}>` }],
  };
  return { text: message.text, blocks: [byline, ...message.blocks].slice(0, MAX_BLOCKS_PER_MESSAGE) };
}
