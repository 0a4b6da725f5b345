import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReceiverEvent } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/database.js";
import { createLogger } from "../../../src/logging.js";
import { noCheckpoint } from "../../../src/slack/delivery/checkpoint.js";
import { Deliveries } from "../../../src/slack/delivery/deliveries.js";
import type { EventJournal } from "../../../src/slack/delivery/journal/eventJournal.js";
import { PgEventJournal } from "../../../src/slack/delivery/journal/pgJournal.js";
import { SqliteEventJournal } from "../../../src/slack/delivery/journal/sqliteJournal.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../../helpers/postgres.js";
import { waitFor } from "../harness.js";

/**
 * Two replicas and one delivery, the race of a full-suite run under load, made deterministic: replica A
 * posts, and its post hangs (Slack is slow to answer) while A's sweeps, starved, renew nothing (A here
 * never sweeps); the journals' clock then moves past A's lease and replica B sweeps. B must not take
 * the delivery over while A's post is in flight; released, A's post is the one answer.
 */

const LEASE = { ms: 600 };
const POST_DEADLINE_MS = 10_000;
const pgAvailable = await postgresAvailable("the lease race on PostgreSQL (test/slack/delivery/leaseRace.test.ts)");
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Journals = (now: () => number) => Promise<[EventJournal, EventJournal]>;

const sqliteJournals: Journals = async (now) => {
  const dir = mkdtempSync(join(tmpdir(), "safeguide-race-"));
  const file = join(dir, "journal.db");
  const journals: [EventJournal, EventJournal] = [new SqliteEventJournal(file, now), new SqliteEventJournal(file, now)];
  cleanups.push(async () => {
    for (const journal of journals) await journal.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return journals;
};

const pgJournals: Journals = async (now) => {
  const database: TestDatabase = await createTestDatabase();
  const db: Database = await openDatabase(database.url, { max: 4 });
  cleanups.push(async () => {
    await db.end();
    await database.drop();
  });
  return [new PgEventJournal(db, now), new PgEventJournal(db, now)];
};

function replica(journal: EventJournal, owner: string) {
  const deliveries = new Deliveries({
    journal,
    lease: { owner, ...LEASE },
    logger: createLogger("silent"),
    checkpoint: noCheckpoint,
    deadlineMs: 15 * 60_000,
    postDeadlineMs: POST_DEADLINE_MS,
  });
  cleanups.push(async () => void (await deliveries.stop(0)));
  return deliveries;
}

/** A Bolt stand-in whose listener answers through the fenced post. */
function answering(deliveries: Deliveries, post: () => Promise<{ ok: true; ts: string }>) {
  deliveries.attach(async (event) => {
    await event.ack();
    await deliveries.fenced(post)({ text: "answer", blocks: [] });
  });
}

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

const mention: ReceiverEvent = {
  body: { type: "event_callback", event_id: "EvRace1", event: { type: "app_mention", ts: "1.1", channel: "C1" } },
  ack: async () => {},
};

describe.each([
  ["SQLite", sqliteJournals, true],
  ["PostgreSQL", pgJournals, pgAvailable],
] as const)("a post in flight past the lease (%s journal)", (_name, journals, available) => {
  it.skipIf(!available)(
    "the other replica's sweep does not take the delivery over: exactly one post",
    async () => {
      const clock = { t: 1_000_000 };
      const [journalA, journalB] = await journals(() => clock.t);
      let sweepsB = 0;
      const takePending = journalB.takePending.bind(journalB);
      journalB.takePending = (lease, limit) => (sweepsB++, takePending(lease, limit));
      const posts: string[] = [];
      const slackAnswersA = deferred();
      let aPosting = false;

      const a = replica(journalA, "replica-a");
      answering(a, async () => {
        aPosting = true;
        await slackAnswersA.promise;
        posts.push("A");
        return { ok: true, ts: "100.000001" };
      });
      const b = replica(journalB, "replica-b");
      answering(b, async () => {
        posts.push("B");
        return { ok: true, ts: "200.000001" };
      });

      await a.receive(mention);
      await waitFor(() => aPosting, 5000, "replica A's post to be in flight");
      // A's lease runs out (A, starved, renews nothing) while Slack still holds its post; B sweeps.
      clock.t += 2 * LEASE.ms;
      await b.start();
      const after = sweepsB;
      await waitFor(() => sweepsB >= after + 2 && b.inHandCount === 0, 5000, "two more sweeps by replica B");

      slackAnswersA.release();
      await waitFor(() => a.inHandCount === 0, 5000, "replica A to finish");
      expect(await journalA.countPending()).toBe(0);
      expect(await journalA.postedTs("event:EvRace1")).toBe("100.000001");

      // Long after every deadline, B still finds nothing to answer.
      clock.t += 10 * POST_DEADLINE_MS;
      const later = sweepsB;
      await waitFor(() => sweepsB >= later + 2 && b.inHandCount === 0, 5000, "two more sweeps by replica B");
      expect(posts).toEqual(["A"]);
    },
    30_000,
  );

  it.skipIf(!available)(
    "a replica whose lease was taken over while it worked does not post",
    async () => {
      const clock = { t: 1_000_000 };
      const [journalA, journalB] = await journals(() => clock.t);
      const posts: string[] = [];
      const answerReadyA = deferred();
      let aWorking = false;

      const a = replica(journalA, "replica-a");
      a.attach(async (event) => {
        await event.ack();
        aWorking = true;
        await answerReadyA.promise;
        await a.fenced(async () => (posts.push("A"), { ok: true, ts: "100.000001" }))({ text: "answer", blocks: [] });
      });
      const b = replica(journalB, "replica-b");
      answering(b, async () => (posts.push("B"), { ok: true, ts: "200.000001" }));

      await a.receive(mention);
      await waitFor(() => aWorking, 5000, "replica A to be working out its answer");
      clock.t += 2 * LEASE.ms;
      await b.start();
      await waitFor(() => posts.includes("B") && b.inHandCount === 0, 5000, "replica B's answer");

      answerReadyA.release();
      await waitFor(() => a.inHandCount === 0, 5000, "replica A to stand down");
      expect(posts).toEqual(["B"]);
      expect(await journalB.countPending()).toBe(0);
    },
    30_000,
  );
});
