import type { Answer } from "../answer/types.js";
import type { ChannelType } from "../feedback/store.js";
import type { PassageView } from "./render/views.js";

/** A remembered passage and its document's audience list, checked again on every click (listeners/actions.ts). */
export type RememberedPassage = PassageView & { audience?: string[] };

export interface RememberedAnswer {
  answer: Answer;
  team: string | null;
  channelType: ChannelType;
}

/**
 * Recent answers and their passages, for "Share in channel" and "Show passage" clicks that come back
 * minutes later. Bounded (least recently used goes first); a click on something forgotten gets a polite
 * "ask again", so losing it on restart costs nothing but a re-ask.
 */
export class AnswerMemory {
  private readonly answers = new Map<string, RememberedAnswer>();
  private readonly passages = new Map<string, RememberedPassage>();

  constructor(private readonly maxAnswers = 500) {}

  remember(questionId: string, entry: RememberedAnswer): void {
    touch(this.answers, questionId, entry, this.maxAnswers);
    const { citations, passages } = entry.answer;
    for (const c of citations) {
      // A citation is always one of the answer's passages; without it the audience is unknown, so it is not kept.
      const full = passages.find((p) => p.id === c.chunkId);
      if (!full) continue;
      const view: RememberedPassage = {
        source: c.source, title: c.title, date: c.date, url: c.url, locator: c.locator, text: full.text,
        ...(full.audience ? { audience: full.audience } : {}),
      };
      touch(this.passages, c.chunkId, view, this.maxAnswers * 10);
    }
  }

  answer(questionId: string): RememberedAnswer | null {
    return this.answers.get(questionId) ?? null;
  }

  passage(chunkId: string): RememberedPassage | null {
    return this.passages.get(chunkId) ?? null;
  }
}

function touch<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as string);
}
