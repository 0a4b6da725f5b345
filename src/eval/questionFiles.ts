import { createHash } from "node:crypto";
import type { EvalQuestion } from "./metrics.js";

/** The public question sets the models learn from and are judged on (../shared exists in development and CI only). */
export const PUBLIC_QUESTION_FILES = [
  "../shared/eval/questions.jsonl",
  "../shared/eval/more-questions.jsonl",
  "../shared/eval/practitioner-questions.jsonl",
  "docs/team-questions.jsonl",
  "docs/writer-questions.jsonl",
];

/**
 * The lockbox: a share of the public questions, chosen by a hash of the id before any work on an issue
 * starts, that no model is fitted on and no rule is written from. Its failures are never read; it is scored
 * once, at the end of the work (`npm run train -- --lockbox`), beside the out-of-fold figure. Folds of
 * questions that features were designed against flatter; the lockbox is the honest estimate.
 */
export const LOCKBOX_SALT = "safeguide-lockbox-v1";
/** Of 256 hash values, those below this are locked away: a quarter. */
const LOCKBOX_BELOW = 64;

export function inLockbox(id: string): boolean {
  return createHash("sha256").update(`${LOCKBOX_SALT}:${id}`).digest()[0] < LOCKBOX_BELOW;
}

export function splitLockbox(questions: EvalQuestion[]): { open: EvalQuestion[]; lockbox: EvalQuestion[] } {
  return { open: questions.filter((q) => !inLockbox(q.id)), lockbox: questions.filter((q) => inLockbox(q.id)) };
}
