import type { types } from "@slack/bolt";
import { citationText, displayText } from "../../excerpts/render/common.js";
import type { Excerpt, ExcerptSet } from "../../excerpts/types.js";
import { ACTION, documentLink, type SlackMessage } from "./answerBlocks.js";
import { MAX_BLOCKS_PER_MESSAGE, MAX_BUTTON_VALUE, MAX_EXCERPTS_SHOWN, MAX_FALLBACK_TEXT, MAX_SECTION_TEXT } from "./limits.js";
import { plainMessage } from "./messages.js";
import { escapeMrkdwn, truncate } from "./mrkdwn.js";
import { guardBlocks } from "./noticeBlocks.js";

/** `/safeguide quote <topic>` in Block Kit: verbatim excerpts in quotes, each with its full citation. Pure. */

export const DOCX_BUTTON_TEXT = "Send as Word document to my DM";
const MAX_TOPIC_SHOWN = 200;

/** The best excerpts first: by score when the set is sorted by relevance, else in the set's (date) order. */
export function topExcerpts(set: ExcerptSet): Excerpt[] {
  const all = set.groups.flatMap((g) => g.excerpts);
  return set.sort === "relevance"
    ? all
        .map((e, i) => ({ e, i }))
        .sort((a, b) => b.e.score - a.e.score || a.i - b.i)
        .map(({ e }) => e)
    : all;
}

/** The guards' notices lead, as on an answer: the urgent-contact message first, then the personal-data notice. */
export function excerptsMessage(set: ExcerptSet): SlackMessage {
  const all = topExcerpts(set);
  const guard = guardBlocks(set.notices);
  const urgent = set.notices.find((n) => n.kind === "urgent")?.text;
  if (!all.length) {
    const none = set.topic ? noExcerptsMessage(set.topic) : plainMessage("Say what the excerpts should be about.");
    return { text: urgent ? `${escapeMrkdwn(urgent)}\n${none.text}` : none.text, blocks: [...guard, ...none.blocks] };
  }
  const room = Math.floor((MAX_BLOCKS_PER_MESSAGE - 3 - guard.length) / 2);
  const shown = all.slice(0, Math.min(MAX_EXCERPTS_SHOWN, room));
  const topic = escapeMrkdwn(truncate(set.topic, MAX_TOPIC_SHOWN));
  const docs = new Set(all.map((e) => e.citation.source)).size;
  const found = `${all.length} excerpt${all.length === 1 ? "" : "s"} from ${docs} document${docs === 1 ? "" : "s"}`;
  const header = shown.length < all.length ? `the top ${shown.length} of ${found}` : found;
  const blocks: types.KnownBlock[] = [
    ...guard,
    { type: "section", text: { type: "mrkdwn", text: truncate(`*Excerpts on “${topic}”*: ${header}`, MAX_SECTION_TEXT) } },
  ];
  for (const e of shown) blocks.push(...excerptBlocks(e));
  blocks.push({
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: "Verbatim from the documents; “…” marks where the source paragraph goes on. The Word document holds every excerpt with its citation.",
      },
    ],
  });
  blocks.push({
    type: "actions",
    elements: [
      {
        type: "button",
        action_id: ACTION.excerptsDocx,
        text: { type: "plain_text", text: DOCX_BUTTON_TEXT },
        value: buttonValue(set.topic),
      },
    ],
  });
  const fallback = `${urgent ? `${urgent}\n` : ""}Excerpts on “${set.topic}”: ${header}`;
  return { text: truncate(escapeMrkdwn(fallback), MAX_FALLBACK_TEXT), blocks };
}

/** An excerpt as a Slack quote, with "— citation" under it. */
export function excerptBlocks(e: Excerpt): types.KnownBlock[] {
  const quote = escapeMrkdwn(displayText(e))
    .split("\n")
    .map((line) => `>${line}`)
    .join("\n");
  const open = documentLink(e.citation.url);
  const link = open ? ` · ${open}` : "";
  return [
    { type: "section", text: { type: "mrkdwn", text: truncate(quote, MAX_SECTION_TEXT), verbatim: true } },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: truncate(`— ${escapeMrkdwn(citationText({ ...e.citation, url: undefined }))}${link}`, MAX_SECTION_TEXT),
          verbatim: true,
        },
      ],
    },
  ];
}

export function noExcerptsMessage(topic: string): SlackMessage {
  return plainMessage(
    `Nothing found in the local guidance for “${truncate(topic, MAX_TOPIC_SHOWN)}”. Try other words for the topic, e.g. \`/safeguide quote professional curiosity\`.`,
  );
}

export function docxSentMessage(topic: string, count: number): SlackMessage {
  return plainMessage(
    `Sent ${count} excerpt${count === 1 ? "" : "s"} on “${truncate(topic, MAX_TOPIC_SHOWN)}” as a Word document to your direct messages with me.`,
  );
}

/** The button carries the topic itself, so the click can re-run it: at most 2000 characters. */
export function buttonValue(topic: string): string {
  if (topic.length <= MAX_BUTTON_VALUE) return topic;
  let cut = topic.slice(0, MAX_BUTTON_VALUE);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** `excerpts-professional-curiosity.docx` */
export function docxFilename(topic: string): string {
  const slug = topic
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `excerpts-${slug || "topic"}.docx`;
}
