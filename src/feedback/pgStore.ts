import { randomUUID } from "node:crypto";
import type { Database } from "../db/database.js";
import type { ChannelType, FeedbackCounts, FeedbackInput, FeedbackRecord, FeedbackStore, Rating, Reason } from "./store.js";
import { isReason } from "./store.js";

interface Row {
  id: string;
  at: Date;
  question_id: string;
  rating: Rating;
  reason: string | null;
  sources: FeedbackInput["sources"];
  team: string | null;
  channel_type: ChannelType;
}

/** Feedback in the shared database (DATABASE_URL): a rating given on one replica is seen by every other. */
export class PgFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Database) {}

  async record(input: FeedbackInput): Promise<FeedbackRecord> {
    const record: FeedbackRecord = { id: randomUUID(), at: new Date().toISOString(), ...input };
    await this.db.query(
      `INSERT INTO feedback (id, at, question_id, rating, reason, sources, team, channel_type)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        record.id,
        record.at,
        record.questionId,
        record.rating,
        record.reason ?? null,
        JSON.stringify(record.sources),
        record.team,
        record.channelType,
      ],
    );
    return record;
  }

  async addReason(id: string, reason: Reason): Promise<void> {
    await this.db.query(`UPDATE feedback SET reason = $2 WHERE id = $1`, [id, reason]);
  }

  async list(): Promise<FeedbackRecord[]> {
    const { rows } = await this.db.query<Row>(`SELECT * FROM feedback ORDER BY at, id`);
    return rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      questionId: row.question_id,
      rating: row.rating,
      ...(row.reason && isReason(row.reason) ? { reason: row.reason } : {}),
      sources: row.sources,
      team: row.team,
      channelType: row.channel_type,
    }));
  }

  async counts(): Promise<FeedbackCounts> {
    const { rows } = await this.db.query<{ rating: Rating; n: number }>(`SELECT rating, count(*)::int AS n FROM feedback GROUP BY rating`);
    const counts: FeedbackCounts = { helpful: 0, not_helpful: 0, total: 0 };
    for (const { rating, n } of rows) {
      counts[rating] += n;
      counts.total += n;
    }
    return counts;
  }
}
