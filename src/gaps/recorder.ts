import { createHash } from "node:crypto";
import type { Answer } from "../answer/types.js";
import { gapReport, type GapReport } from "./report.js";
import type { GapReason, GapStore } from "./types.js";

/**
 * Decides what the gap report keeps, and keeps it: a question the app abstained on, answered below the
 * answer model's confident band, or that was rated "not helpful". Questions that described a child at
 * immediate risk are never kept: they are about a case, not about the guidance. The asker is kept only as
 * a salted hash, to count distinct askers; the text kept is the redacted one the pipeline searched.
 */

export interface GapRecorder {
  readonly enabled: boolean;
  afterAnswer(answer: Answer, asker: string | null): Promise<void>;
  afterNotHelpful(answer: Answer, asker: string | null): Promise<void>;
  /** The report over the retention period (older records deleted first); null when the report is off. */
  report(minAskers: number): Promise<GapReport | null>;
}

export const NO_GAP_RECORDER: GapRecorder = {
  enabled: false,
  afterAnswer: async () => {},
  afterNotHelpful: async () => {},
  report: async () => null,
};

const PRUNE_EVERY_MS = 60 * 60_000;

export function gapRecorder(store: GapStore, retentionDays: number, now: () => Date = () => new Date()): GapRecorder {
  let prunedAt = -Infinity;
  const keep = async (answer: Answer, reason: GapReason, asker: string | null) => {
    const a = answer.assessment;
    if (!a || a.urgent || !a.redacted.trim()) return;
    const at = now();
    await store.add({
      at: at.toISOString(),
      text: a.redacted,
      kind: a.kind,
      topic: a.topic,
      focus: a.focus,
      concepts: a.concepts,
      reason,
      askerHash: askerHash(await store.salt(), asker),
    });
    if (at.getTime() - prunedAt >= PRUNE_EVERY_MS) {
      prunedAt = at.getTime();
      await store.deleteOlderThan(retentionCutoff(at, retentionDays));
    }
  };
  return {
    enabled: true,
    afterAnswer: async (answer, asker) => {
      const reason = gapReasonOf(answer);
      if (reason) await keep(answer, reason, asker);
    },
    afterNotHelpful: (answer, asker) => keep(answer, "not-helpful", asker),
    report: (minAskers) => reportFrom(store, { minAskers, retentionDays, now: now() }),
  };
}

export function gapReasonOf(answer: Answer): GapReason | null {
  if (!answer.assessment) return null;
  if (!answer.answered) return "abstained";
  return answer.assessment.confident ? null : "low-confidence";
}

export function askerHash(salt: string, asker: string | null): string {
  return createHash("sha256")
    .update(`${salt}\u0000${asker ?? "unknown"}`)
    .digest("hex")
    .slice(0, 32);
}

/** Records past the retention period are deleted first; the report covers those since `since` (or the whole period). */
export async function reportFrom(
  store: GapStore,
  options: { minAskers: number; retentionDays: number; now: Date; since?: Date },
): Promise<GapReport> {
  const cutoff = retentionCutoff(options.now, options.retentionDays);
  const since = options.since && options.since > cutoff ? options.since : cutoff;
  await store.deleteOlderThan(cutoff);
  return gapReport(await store.list(since), { since, minAskers: options.minAskers });
}

export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * 86_400_000);
}
