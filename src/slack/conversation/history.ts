import type { webApi } from "@slack/bolt";
import type { ConversationTurn } from "../../answer/types.js";
import type { Logger } from "../../logging.js";
import { cleanQuestion } from "./question.js";
import { GREETING } from "../render/messages.js";

const MAX_TURNS = 10;

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
  let messages: webApi.ConversationsRepliesResponse["messages"];
  try {
    const replies = await client.conversations.replies({ channel: ref.channel, ts: ref.threadTs, limit: 100 });
    messages = replies.messages ?? [];
  } catch (error) {
    logger.warn({ err: error }, "could not read the thread; answering without history");
    return [];
  }
  const turns: ConversationTurn[] = [];
  for (const m of messages ?? []) {
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
