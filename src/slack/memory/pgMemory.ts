import type { Database } from "../../db/database.js";
import { passageViews, type AnswerMemory, type RememberedAnswer, type RememberedPassage } from "./answerMemory.js";

/** Clicks come back within minutes; a day is ample, and keeps the tables small. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * Answer memory in the shared database (DATABASE_URL), so "Share" and "Show passage" work whichever
 * replica Slack sends the click to. The question's own words are not stored: a shared answer is
 * rendered from its text, citations and passages, and the question may hold personal details. With the
 * gap report on, the redacted question (personal data already taken out) is kept, so that a "Not
 * helpful" click on any replica can record it.
 */
export class PgAnswerMemory implements AnswerMemory {
  private lastPrune = 0;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
    private readonly keepRedactedQuestion = false,
  ) {}

  async remember(questionId: string, entry: RememberedAnswer): Promise<void> {
    const now = this.now();
    const { assessment, ...answer } = entry.answer;
    const kept = assessment && this.keepRedactedQuestion ? { assessment } : {};
    const stored: RememberedAnswer = { ...entry, answer: { ...answer, ...kept, question: "", standaloneQuestion: "" } };
    const views = [...passageViews(entry.answer)];
    await this.db.query(
      `INSERT INTO answer_memory (question_id, entry, remembered_at) VALUES ($1, $2, $3)
       ON CONFLICT (question_id) DO UPDATE SET entry = EXCLUDED.entry, remembered_at = EXCLUDED.remembered_at`,
      [questionId, JSON.stringify(stored), now],
    );
    if (views.length) {
      await this.db.query(
        `INSERT INTO passage_memory (chunk_id, view, remembered_at)
         SELECT chunk_id, view, $3 FROM unnest($1::text[], $2::text[]) AS v (chunk_id, view)
         ON CONFLICT (chunk_id) DO UPDATE SET view = EXCLUDED.view, remembered_at = EXCLUDED.remembered_at`,
        [views.map(([id]) => id), views.map(([, view]) => JSON.stringify(view)), now],
      );
    }
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await this.db.query(`DELETE FROM answer_memory WHERE remembered_at < $1`, [now - KEEP_MS]);
      await this.db.query(`DELETE FROM passage_memory WHERE remembered_at < $1`, [now - KEEP_MS]);
    }
  }

  async answer(questionId: string): Promise<RememberedAnswer | null> {
    const { rows } = await this.db.query<{ entry: string }>(`SELECT entry FROM answer_memory WHERE question_id = $1`, [questionId]);
    return rows[0] ? (JSON.parse(rows[0].entry) as RememberedAnswer) : null;
  }

  async passage(chunkId: string): Promise<RememberedPassage | null> {
    const { rows } = await this.db.query<{ view: string }>(`SELECT view FROM passage_memory WHERE chunk_id = $1`, [chunkId]);
    return rows[0] ? (JSON.parse(rows[0].view) as RememberedPassage) : null;
  }
}
