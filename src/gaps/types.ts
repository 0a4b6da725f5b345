/**
 * The gap report's records: questions the guidance could not answer well. A record holds the question's
 * redacted text (after the personal-data guard), its time, kind and topic, and a salted hash of whoever
 * asked, kept only to count distinct askers. Never the raw text, a user id, a team or a channel.
 */

export const GAP_REASONS = ["abstained", "low-confidence", "not-helpful"] as const;
export type GapReason = (typeof GAP_REASONS)[number];

export interface GapInput {
  /** ISO time the question was asked (or rated). */
  at: string;
  /** The question as searched: personal data already taken out. */
  text: string;
  /** The kind of answer asked for ("number", "procedure", …). */
  kind: string;
  /** What the report groups by: the vocabulary concept the question holds, else its focus term. */
  topic: string;
  focus: string[];
  concepts: string[];
  reason: GapReason;
  askerHash: string;
}

export interface GapRecord extends GapInput {
  id: string;
}

/** Embedded (SQLite in DATA_DIR) or shared (PostgreSQL); one contract suite runs against both. */
export interface GapStore {
  /** This deployment's random salt for asker hashes, made on first use; never shown. */
  salt(): Promise<string>;
  add(input: GapInput): Promise<void>;
  /** Oldest first; only records at or after `since` when given. */
  list(since?: Date): Promise<GapRecord[]>;
  /** Deletes records older than the cutoff; returns how many went. */
  deleteOlderThan(cutoff: Date): Promise<number>;
  close(): Promise<void>;
}

export function isGapReason(value: string): value is GapReason {
  return (GAP_REASONS as readonly string[]).includes(value);
}

/** The columns of gap_questions, in order, for a new record; each store says how it keeps the time. */
export const GAP_COLUMNS = "id, at, text, kind, topic, focus, concepts, reason, asker_hash";

export function gapRowValues(id: string, at: string | number, input: GapInput): (string | number)[] {
  return [
    id,
    at,
    input.text,
    input.kind,
    input.topic,
    JSON.stringify(input.focus),
    JSON.stringify(input.concepts),
    input.reason,
    input.askerHash,
  ];
}
