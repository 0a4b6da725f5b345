import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { MIGRATIONS } from "../../src/db/migrations.js";
import { PgFeedbackStore } from "../../src/feedback/pgStore.js";
import { PgEventJournal } from "../../src/slack/delivery/journal/pgJournal.js";
import { PgAnswerMemory } from "../../src/slack/memory/pgMemory.js";
import { answeredWithTwoCitations } from "../slack/fakeService.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";

/** The shared-mode stores against the real server: the journal's contract, feedback and answer memory across replicas. */

const available = await postgresAvailable("shared-mode stores (test/db/pgStores.test.ts)");
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

const A = { owner: "A", ms: 1000 };
const B = { owner: "B", ms: 1000 };

describe.skipIf(!available)("shared-mode stores on PostgreSQL", () => {
  it("migrations: two replicas opening at once apply each migration once; a later start applies none", async () => {
    const { rows } = await db.query<{ id: number }>("SELECT id FROM schema_migrations ORDER BY id");
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(db)).toEqual([]);
  });

  it("journal: of the same key recorded on two replicas at once, exactly one record is new", async () => {
    const one = new PgEventJournal(db);
    const two = new PgEventJournal(other);
    const keys = Array.from({ length: 50 }, (_, i) => `event:race-${i}`);
    const results = await Promise.all(keys.flatMap((key) => [one.record(key, { key }, A), two.record(key, { key }, B)]));
    expect(results.filter((r) => r.isNew)).toHaveLength(keys.length);
  });

  it("journal: a lease keeps a delivery from another owner until it runs out; renew and release as the embedded journal", async () => {
    let now = 1_000_000;
    const journal = new PgEventJournal(db, () => now);
    await journal.record("lease:k1", { n: 1 }, A);
    expect((await journal.takePending(B, 100)).map((d) => d.key)).not.toContain("lease:k1");
    now += 1000;
    const taken = await journal.takePending(B, 100);
    expect(taken.find((d) => d.key === "lease:k1")).toEqual({ key: "lease:k1", body: { n: 1 }, receivedAt: 1_000_000 });
    expect(await journal.confirm("lease:k1", A)).toBe(false);
    expect(await journal.confirm("lease:k1", B)).toBe(true);
    await journal.renew(["lease:k1"], B);
    now += 999;
    expect((await journal.takePending(A, 100)).map((d) => d.key)).not.toContain("lease:k1");
    await journal.release("lease:k1", "A");
    expect((await journal.takePending(A, 100)).map((d) => d.key)).not.toContain("lease:k1");
    await journal.release("lease:k1", "B");
    expect((await journal.takePending(A, 100)).map((d) => d.key)).toContain("lease:k1");
    await journal.markAnswered("lease:k1");
    now += 10_000;
    expect((await journal.takePending(B, 100)).map((d) => d.key)).not.toContain("lease:k1");
  });

  it("journal: two replicas sweeping at once never take the same pending delivery", async () => {
    let now = 5_000_000;
    const one = new PgEventJournal(db, () => now);
    const two = new PgEventJournal(other, () => now);
    const keys = Array.from({ length: 40 }, (_, i) => `sweep:${i}`);
    for (const key of keys) await one.record(key, {}, { owner: "dead", ms: 10 });
    now += 100;
    const [a, b] = await Promise.all([one.takePending(A, 1000), two.takePending(B, 1000)]);
    const mine = (list: { key: string }[]) => list.map((d) => d.key).filter((k) => k.startsWith("sweep:"));
    expect(mine(a).filter((k) => mine(b).includes(k))).toEqual([]);
    expect(new Set([...mine(a), ...mine(b)]).size).toBe(keys.length);
  });

  it("journal: a claim belongs to the first delivery, again after a restart; pruning keeps pending deliveries", async () => {
    let now = 9_000_000;
    const journal = new PgEventJournal(db, () => now);
    expect(await journal.claim("msg:m1", "event:Ev1")).toBe(true);
    expect(await new PgEventJournal(other).claim("msg:m1", "event:Ev2")).toBe(false);
    expect(await journal.claim("msg:m1", "event:Ev1")).toBe(true);
    await journal.record("prune:answered", {}, A);
    await journal.record("prune:pending", {}, A);
    await journal.markAnswered("prune:answered");
    now += 5000;
    await journal.prune(1000);
    expect(await journal.record("prune:answered", {}, A)).toEqual({ isNew: true });
    expect(await journal.record("prune:pending", {}, A)).toEqual({ isNew: false });
  });

  it("feedback: a rating and its reason given on one replica are listed and counted on the other", async () => {
    const one = new PgFeedbackStore(db);
    const two = new PgFeedbackStore(other);
    const sources = { chunkIds: ["chunk-1"], files: ["a.txt"] };
    const rated = await one.record({ questionId: "q1", rating: "not_helpful", sources, team: "T1", channelType: "im" });
    await one.record({ questionId: "q2", rating: "helpful", sources, team: null, channelType: "channel" });
    await two.addReason(rated.id, "wrong-or-outdated");
    const listed = await two.list();
    expect(listed[0]).toEqual({ ...rated, reason: "wrong-or-outdated" });
    expect(listed[1]).toMatchObject({ questionId: "q2", rating: "helpful", team: null, channelType: "channel" });
    expect(await two.counts()).toEqual({ helpful: 1, not_helpful: 1, total: 2 });
  });

  it("answer memory: an answer remembered on one replica is shared and its passages shown on the other, without the question's words", async () => {
    const answer = answeredWithTwoCitations("Is Jane Doe at 1 High Street at risk?");
    await new PgAnswerMemory(db).remember("qid-1", { answer, team: "T1", channelType: "im" });
    const elsewhere = new PgAnswerMemory(other);
    const remembered = await elsewhere.answer("qid-1");
    expect(remembered).toMatchObject({
      team: "T1",
      channelType: "im",
      answer: { text: answer.text, citations: JSON.parse(JSON.stringify(answer.citations)) },
    });
    expect(JSON.stringify(remembered)).not.toContain("Jane Doe");
    const cited = answer.citations[0]!;
    expect(await elsewhere.passage(cited.chunkId)).toMatchObject({ source: cited.source, text: answer.passages[0]!.text });
    expect(await elsewhere.answer("qid-unknown")).toBeNull();
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
