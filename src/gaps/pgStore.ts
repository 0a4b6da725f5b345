import { randomBytes, randomUUID } from "node:crypto";
import type { Database } from "../db/database.js";
import { GAP_COLUMNS, gapRowValues, isGapReason, type GapInput, type GapRecord, type GapStore } from "./types.js";

interface Row {
  id: string;
  at: Date;
  text: string;
  kind: string;
  topic: string;
  focus: string[];
  concepts: string[];
  reason: string;
  asker_hash: string;
}

/** Gaps in the shared database (DATABASE_URL): every replica records into one report, with one salt. */
export class PgGapStore implements GapStore {
  constructor(
    private readonly db: Database,
    private readonly closeDb: () => Promise<void> = async () => {},
  ) {}

  async salt(): Promise<string> {
    await this.db.query(`INSERT INTO gap_salt (salt) VALUES ($1) ON CONFLICT DO NOTHING`, [randomBytes(32).toString("hex")]);
    const { rows } = await this.db.query<{ salt: string }>(`SELECT salt FROM gap_salt`);
    return rows[0].salt;
  }

  async add(input: GapInput): Promise<void> {
    await this.db.query(
      `INSERT INTO gap_questions (${GAP_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      gapRowValues(randomUUID(), input.at, input),
    );
  }

  async list(since?: Date): Promise<GapRecord[]> {
    const { rows } = await this.db.query<Row>(`SELECT * FROM gap_questions WHERE at >= $1 ORDER BY at, id`, [since ?? new Date(0)]);
    return rows.flatMap((row) =>
      isGapReason(row.reason)
        ? [
            {
              id: row.id,
              at: row.at.toISOString(),
              text: row.text,
              kind: row.kind,
              topic: row.topic,
              focus: row.focus,
              concepts: row.concepts,
              reason: row.reason,
              askerHash: row.asker_hash,
            },
          ]
        : [],
    );
  }

  async deleteOlderThan(cutoff: Date): Promise<number> {
    const { rowCount } = await this.db.query(`DELETE FROM gap_questions WHERE at < $1`, [cutoff]);
    return rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.closeDb();
  }
}
