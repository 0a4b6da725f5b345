import type { Answer } from "../../answer/types.js";
import type { ChannelType } from "../../feedback/store.js";
import type { PassageView } from "../render/views.js";

/** A remembered passage and its document's audience list, checked again on every click (listeners/actions/showPassage.ts). */
export type RememberedPassage = PassageView & { audience?: string[] };

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
  passage(chunkId: string): Promise<RememberedPassage | null>;
}

/**
 * The passage views an answer's "Show passage" buttons open, by chunk id, each with its document's
 * audience. A citation is always one of the answer's passages; without it the audience is unknown, so it
 * is not kept.
 */
export function passageViews(answer: Answer): Map<string, RememberedPassage> {
  const views = new Map<string, RememberedPassage>();
  for (const c of answer.citations) {
    const full = answer.passages.find((p) => p.id === c.chunkId);
    if (!full) continue;
    views.set(c.chunkId, {
      source: c.source,
      title: c.title,
      date: c.date,
      url: c.url,
      locator: c.locator,
      text: full.text,
      ...(full.audience ? { audience: full.audience } : {}),
    });
  }
  return views;
}
