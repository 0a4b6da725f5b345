import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { PgAnswerMemory } from "../../src/slack/memory/pgMemory.js";
import { answeredWithTwoCitations } from "../slack/fakeService.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";

/** Shared answer memory and the gap report: a "not helpful" click on another replica still finds what to record. */

const available = await postgresAvailable("shared answer memory with the gap report (test/db/pgMemoryGaps.test.ts)");
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

describe.skipIf(!available)("shared answer memory on PostgreSQL", () => {
  it("with the gap report on, keeps the redacted question's assessment for a 'not helpful' click on any replica", async () => {
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
