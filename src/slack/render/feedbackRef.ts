import type { Answer } from "../../answer/types.js";
import { MAX_BUTTON_VALUE } from "./limits.js";

/** What a feedback button carries, so a click can be recorded even after a restart. */
export interface FeedbackRef {
  questionId: string;
  chunkIds: string[];
  files: string[];
}

export function encodeFeedbackRef(ref: FeedbackRef): string {
  const chunkIds = [...ref.chunkIds];
  const files = [...ref.files];
  const encode = () => JSON.stringify({ q: ref.questionId.slice(0, 200), c: chunkIds, f: files });
  while (encode().length > MAX_BUTTON_VALUE && (chunkIds.length || files.length)) {
    if (chunkIds.length >= files.length) chunkIds.pop();
    else files.pop();
  }
  return encode();
}

export function decodeFeedbackRef(value: string | undefined): FeedbackRef | null {
  try {
    const raw = JSON.parse(value ?? "") as { q?: unknown; c?: unknown; f?: unknown };
    if (typeof raw.q !== "string") return null;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
    return { questionId: raw.q, chunkIds: strings(raw.c), files: strings(raw.f) };
  } catch {
    return null;
  }
}

export function feedbackRefFor(answer: Answer, questionId: string): FeedbackRef {
  return {
    questionId,
    chunkIds: answer.citations.map((c) => c.chunkId),
    files: [...new Set(answer.citations.map((c) => c.source))],
  };
}
