import type { Answer } from "../answer/types.js";
import type { ChannelType } from "../feedback/store.js";
import type { PassageView } from "./render/views.js";

export interface RememberedAnswer {
  answer: Answer;
  team: string | null;
  channelType: ChannelType;
}

/**
 * Recent answers and their passages, for "Share in channel" and "Show passage" clicks that come back
 * minutes later, to whichever replica Slack sends them. A click on something forgotten gets a polite
 * "ask again".
 */
export interface AnswerMemory {
  remember(questionId: string, entry: RememberedAnswer): Promise<void>;
  answer(questionId: string): Promise<RememberedAnswer | null>;
  passage(chunkId: string): Promise<PassageView | null>;
}

/** The passage views an answer's "Show passage" buttons open, by chunk id. */
export function passageViews(answer: Answer): Map<string, PassageView> {
  const views = new Map<string, PassageView>();
  for (const c of answer.citations) {
    const full = answer.passages.find((p) => p.id === c.chunkId);
    views.set(c.chunkId, { source: c.source, title: c.title, date: c.date, url: c.url, locator: c.locator, text: full?.text ?? c.quote });
  }
  return views;
}

/**
 * The embedded memory: in this process, bounded (least recently used goes first), so losing it on
 * restart costs nothing but a re-ask.
 */
export class LocalAnswerMemory implements AnswerMemory {
  private readonly answers = new Map<string, RememberedAnswer>();
  private readonly passages = new Map<string, PassageView>();

  constructor(private readonly maxAnswers = 500) {}

  async remember(questionId: string, entry: RememberedAnswer): Promise<void> {
    touch(this.answers, questionId, entry, this.maxAnswers);
    for (const [chunkId, view] of passageViews(entry.answer)) touch(this.passages, chunkId, view, this.maxAnswers * 10);
  }

  async answer(questionId: string): Promise<RememberedAnswer | null> {
    return this.answers.get(questionId) ?? null;
  }

  async passage(chunkId: string): Promise<PassageView | null> {
    return this.passages.get(chunkId) ?? null;
  }
}

function touch<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as string);
}
