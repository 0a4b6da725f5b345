import { passageViews, type AnswerMemory, type RememberedAnswer, type RememberedPassage } from "./answerMemory.js";

/**
 * The embedded memory: in this process, bounded (least recently used goes first), so losing it on
 * restart costs nothing but a re-ask.
 */
export class LocalAnswerMemory implements AnswerMemory {
  private readonly answers = new Map<string, RememberedAnswer>();
  private readonly passages = new Map<string, RememberedPassage>();

  constructor(private readonly maxAnswers = 500) {}

  async remember(questionId: string, entry: RememberedAnswer): Promise<void> {
    touch(this.answers, questionId, entry, this.maxAnswers);
    for (const [chunkId, view] of passageViews(entry.answer)) touch(this.passages, chunkId, view, this.maxAnswers * 10);
  }

  async answer(questionId: string): Promise<RememberedAnswer | null> {
    return this.answers.get(questionId) ?? null;
  }

  async passage(chunkId: string): Promise<RememberedPassage | null> {
    return this.passages.get(chunkId) ?? null;
  }
}

function touch<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as string);
}
