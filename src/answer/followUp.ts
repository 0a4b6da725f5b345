import type { ConversationTurn } from "./types.js";

/**
 * Without a model, a follow-up ("and what about in 2018?", "who chairs it?") is made searchable by carrying
 * the topic of the asker's previous question. A question that stands on its own, however short, is left alone.
 */

const FOLLOW_UP =
  /^(and|but|also|what about|how about|so|then|what else|why|is that|was that|does that|did they|is it|was it)\b|\b(it|this|they|them|those|these)\b/i;

export function carryTopic(history: ConversationTurn[], question: string): string {
  const previous = [...history].reverse().find((t) => t.role === "user")?.text;
  if (!previous) return question;
  return FOLLOW_UP.test(question) ? `${previous} ${question}` : question;
}
