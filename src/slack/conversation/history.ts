import type { webApi } from "@slack/bolt";
import type { ConversationTurn } from "../../answer/types.js";
import type { Logger } from "../../logging.js";
import { cleanQuestion } from "./question.js";
import { GREETING } from "../render/messages.js";

const MAX_TURNS = 10;
/** A page of a thread, and the most pages read: 2,000 messages; a longer thread keeps its latest read. */
const PAGE = 200;
const MAX_PAGES = 10;
/** Messages kept while paging, newest last: enough for MAX_TURNS after skipping others' bots and notices. */
const KEEP = 4 * MAX_TURNS;

export interface ThreadRef {
  channel: string;
  threadTs: string;
  /** The message being answered; it and anything after it are not history. */
  currentTs: string;
  botUserId?: string;
  botId?: string;
}

/**
 * Earlier turns of a thread, oldest first, when the app has answered in it (a follow-up); otherwise none.
 * History is a help, not a requirement: if Slack will not give it, answer without it.
 */
export async function threadHistory(client: webApi.WebClient, ref: ThreadRef, logger: Logger): Promise<ConversationTurn[]> {
  let messages: Message[];
  try {
    messages = await latestMessages(client, ref);
  } catch (error) {
    logger.warn({ err: error }, "could not read the thread; answering without history");
    return [];
  }
  const turns: ConversationTurn[] = [];
  for (const m of messages) {
    if (!m.ts || Number(m.ts) >= Number(ref.currentTs) || !m.text) continue;
    const fromApp = (!!ref.botUserId && m.user === ref.botUserId) || (!!ref.botId && m.bot_id === ref.botId);
    if (m.bot_id && !fromApp) continue;
    if ("subtype" in m && m.subtype && !fromApp) continue;
    if (fromApp && m.text === GREETING) continue;
    const text = cleanQuestion(m.text, ref.botUserId);
    if (text) turns.push({ role: fromApp ? "assistant" : "user", text });
  }
  return turns.some((t) => t.role === "assistant") ? turns.slice(-MAX_TURNS) : [];
}

type Message = NonNullable<webApi.ConversationsRepliesResponse["messages"]>[number];

/**
 * The latest messages before the current one. Slack pages a thread oldest first, so a follow-up in a long
 * thread needs its last page, not its first: read to the end (bounded), keeping only the latest few.
 */
async function latestMessages(client: webApi.WebClient, ref: ThreadRef): Promise<Message[]> {
  const kept = new Map<string, Message>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const replies = await client.conversations.replies({
      channel: ref.channel,
      ts: ref.threadTs,
      limit: PAGE,
      latest: ref.currentTs,
      cursor,
    });
    // Slack may repeat the thread's first message on every page.
    for (const m of replies.messages ?? []) if (m.ts) kept.set(m.ts, m);
    for (const ts of [...kept.keys()].sort((a, b) => Number(a) - Number(b)).slice(0, -KEEP)) kept.delete(ts);
    cursor = replies.response_metadata?.next_cursor || undefined;
    if (!replies.has_more || !cursor) break;
  }
  return [...kept.values()].sort((a, b) => Number(a.ts) - Number(b.ts));
}

/** A loader of earlier turns when the message is a reply inside a thread, else undefined. */
export function followUpHistory(
  client: webApi.WebClient,
  logger: Logger,
  message: { channel: string; ts: string; thread_ts?: string },
  bot: { botUserId?: string; botId?: string },
): (() => Promise<ConversationTurn[]>) | undefined {
  const threadTs = message.thread_ts;
  if (!threadTs || threadTs === message.ts) return undefined;
  return () => threadHistory(client, { channel: message.channel, threadTs, currentTs: message.ts, ...bot }, logger);
}
