import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { MIGRATIONS } from "../../src/db/migrations.js";
import { PgAnswerMemory } from "../../src/slack/memory/pgMemory.js";
import { answeredWithTwoCitations } from "../slack/fakeService.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";

/**
 * What only the shared mode has: migrations applied once across replicas, and an answer memory that keeps no
 * question text. The stores' contracts, shared with the embedded ones, are in test/contracts/.
 */

const available = await postgresAvailable("shared-mode stores (test/db/sharedOnly.test.ts)");
let database: TestDatabase;
let db: Database;
let other: Database;

beforeAll(async () => {
  if (!available) return;
  database = await createTestDatabase();
  [db, other] = await Promise.all([openDatabase(database.url), openDatabase(database.url)]);
});

afterAll(async () => {
  await db?.end();
  await other?.end();
  await database?.drop();
});

describe.skipIf(!available)("shared-mode only, on PostgreSQL", () => {
  it("migrations: two replicas opening at once apply each migration once; a later start applies none", async () => {
    const { rows } = await db.query<{ id: number }>("SELECT id FROM schema_migrations ORDER BY id");
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(db)).toEqual([]);
  });

  it("answer memory: an answer remembered on one replica is shared without the question's words", async () => {
    const answer = answeredWithTwoCitations("Is Jane Doe at 1 High Street at risk?");
    await new PgAnswerMemory(db).remember("qid-1", { answer, team: "T1", channelType: "im" });
    const elsewhere = new PgAnswerMemory(other);
    const remembered = await elsewhere.answer("qid-1");
    expect(remembered?.answer.text).toBe(answer.text);
    expect(JSON.stringify(remembered)).not.toContain("Jane Doe");
  });

  it("answer memory: with the gap report on, keeps the redacted question's assessment for a 'not helpful' click on any replica", async () => {
    const answer = { ...answeredWithTwoCitations("Is Jane Doe at risk?"), question: "Is Jane Doe at risk?" };
    answer.assessment = { ...answer.assessment!, redacted: "Is at risk?" };
    await new PgAnswerMemory(db, Date.now, true).remember("qid-gap", { answer, team: "T1", channelType: "im" });
    const remembered = await new PgAnswerMemory(other).answer("qid-gap");
    expect(remembered!.answer.assessment).toMatchObject({ redacted: "Is at risk?", topic: "inspectors" });
    expect(JSON.stringify(remembered)).not.toContain("Jane Doe");
    await new PgAnswerMemory(db).remember("qid-off", { answer, team: "T1", channelType: "im" });
    expect((await new PgAnswerMemory(other).answer("qid-off"))!.answer.assessment).toBeUndefined();
  });
});
