import { randomUUID } from "node:crypto";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Config } from "../config.js";

/**
 * Feedback on answers. A record names the answer by a random question id and its sources, never by the
 * question's words, and carries no user id: nothing in it identifies a person or a case.
 */

export const RATINGS = ["helpful", "not_helpful"] as const;
export type Rating = (typeof RATINGS)[number];

/** Reasons come from a fixed list so that no free text (and so no personal data) is ever stored. */
export const REASONS = {
  "not-answered": "It didn't answer my question",
  "wrong-or-outdated": "Wrong or out of date",
  "hard-to-follow": "Hard to follow",
  "sources-not-relevant": "Sources not relevant",
  other: "Something else",
} as const;
export type Reason = keyof typeof REASONS;

export type ChannelType = "im" | "channel" | "group" | "mpim" | "unknown";

export interface FeedbackInput {
  questionId: string;
  rating: Rating;
  reason?: Reason;
  sources: { chunkIds: string[]; files: string[] };
  team: string | null;
  channelType: ChannelType;
}

export interface FeedbackRecord extends FeedbackInput {
  id: string;
  /** ISO time of the rating. */
  at: string;
}

export interface FeedbackCounts {
  helpful: number;
  not_helpful: number;
  total: number;
}

/** Behind an interface so that a Postgres table can replace the file. */
export interface FeedbackStore {
  record(input: FeedbackInput): Promise<FeedbackRecord>;
  /** Attach an optional reason to a rating recorded earlier. */
  addReason(id: string, reason: Reason): Promise<void>;
  /** Oldest first, reasons merged in. */
  list(): Promise<FeedbackRecord[]>;
  counts(): Promise<FeedbackCounts>;
}

export function feedbackPath(config: Pick<Config, "dataDir">): string {
  return join(config.dataDir, "feedback", "feedback.jsonl");
}

export function isReason(value: string): value is Reason {
  return Object.hasOwn(REASONS, value);
}

type Line = ({ kind: "rating" } & FeedbackRecord) | { kind: "reason"; id: string; at: string; reason: Reason };

/** One JSON line per rating or reason, appended; a torn or foreign line is skipped on read. */
export class JsonlFeedbackStore implements FeedbackStore {
  constructor(readonly path: string) {}

  async record(input: FeedbackInput): Promise<FeedbackRecord> {
    const record: FeedbackRecord = { id: randomUUID(), at: new Date().toISOString(), ...input };
    await this.append({ kind: "rating", ...record });
    return record;
  }

  async addReason(id: string, reason: Reason): Promise<void> {
    await this.append({ kind: "reason", id, at: new Date().toISOString(), reason });
  }

  async list(): Promise<FeedbackRecord[]> {
    const byId = new Map<string, FeedbackRecord>();
    for (const line of await this.readLines()) {
      if (line.kind === "rating") {
        const { kind: _kind, ...record } = line;
        byId.set(record.id, record);
      } else {
        const rated = byId.get(line.id);
        if (rated) rated.reason = line.reason;
      }
    }
    return [...byId.values()];
  }

  async counts(): Promise<FeedbackCounts> {
    return countRatings(await this.list());
  }

  private async append(line: Line): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(line)}\n`, "utf8");
  }

  private async readLines(): Promise<Line[]> {
    let raw: string;
    try {
      raw = await readFile(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    return raw.split("\n").flatMap((text) => {
      const line = parseLine(text);
      return line ? [line] : [];
    });
  }
}

export function countRatings(records: FeedbackRecord[]): FeedbackCounts {
  const counts: FeedbackCounts = { helpful: 0, not_helpful: 0, total: 0 };
  for (const r of records) {
    counts[r.rating] += 1;
    counts.total += 1;
  }
  return counts;
}

function parseLine(text: string): Line | null {
  if (!text.trim()) return null;
  try {
    const line = JSON.parse(text) as Line;
    if (line.kind === "rating" && typeof line.id === "string" && RATINGS.includes(line.rating)) return line;
    if (line.kind === "reason" && typeof line.id === "string" && isReason(line.reason)) return line;
  } catch {
    // a line torn by a crash mid-append: skip it
  }
  return null;
}
