import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventJournal, PendingDelivery } from "../../src/slack/delivery/journal/eventJournal.js";
import { backends, unique } from "./backends.js";

/**
 * The EventJournal contract (src/slack/delivery/journal/eventJournal.ts), one suite run against the
 * SQLite journal and the PostgreSQL one. Two handles on one store are two replicas (or a restart).
 * Times come from a clock of the test's own; each test's keys are its own.
 */

const A = { owner: "A", ms: 1000 };
const B = { owner: "B", ms: 1000 };

/** A test clock far from every other test's, so leases left by one never look free or held to another. */
let epoch = 0;
const clock = () => {
  const c = { now: ++epoch * 1e9 };
  return Object.assign(() => c.now, { advance: (ms: number) => void (c.now += ms) });
};

for (const backend of await backends("EventJournal contract on PostgreSQL (test/contracts/eventJournal.contract.test.ts)")) {
  describe.skipIf(!backend.available)(`EventJournal contract: ${backend.name}`, () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    const keysOf = (list: PendingDelivery[], prefix: string) => list.map((d) => d.key).filter((k) => k.startsWith(prefix));

    it("records a key once: a repeat, on this handle or another, is not new", async () => {
      const key = unique("record");
      const [one, two] = [backend.journal(), backend.journal()];
      expect(await one.record(key, { q: 1 }, A)).toEqual({ isNew: true });
      expect(await one.record(key, { q: 1 }, A)).toEqual({ isNew: false });
      expect(await two.record(key, { q: 1 }, B)).toEqual({ isNew: false });
    });

    it("of a burst recorded at once, each key is new exactly once, a key sent twice in it only the first time", async () => {
      const journal = backend.journal();
      const keys = Array.from({ length: 30 }, () => unique("burst"));
      const results = await Promise.all([...keys, keys[0]].map((key) => journal.record(key, { key }, A)));
      expect(results.map((r) => r.isNew)).toEqual([...keys.map(() => true), false]);
      expect(await journal.record(keys[29], { again: true }, A)).toEqual({ isNew: false });
    });

    it("of the same keys recorded on two handles at once, exactly one record of each is new", async () => {
      const [one, two] = [backend.journal(), backend.journal()];
      const keys = Array.from({ length: 30 }, () => unique("race"));
      const results = await Promise.all(keys.flatMap((key) => [one.record(key, { key }, A), two.record(key, { key }, B)]));
      expect(results.filter((r) => r.isNew)).toHaveLength(keys.length);
    });

    it("leases a pending delivery to one owner until the lease runs out; renew extends it, release by its holder frees it", async () => {
      const time = clock();
      const start = time();
      const journal = backend.journal(time);
      const key = unique("lease");
      await journal.record(key, { n: 1 }, A);
      expect(keysOf(await journal.takePending(B, 1000), key)).toEqual([]);
      time.advance(1000);
      const taken = (await journal.takePending(B, 1000)).filter((d) => d.key === key);
      expect(taken).toEqual([{ key, body: { n: 1 }, receivedAt: start }]);
      expect(keysOf(await journal.takePending(A, 1000), key)).toEqual([]);
      await journal.renew([key], B);
      time.advance(999);
      expect(keysOf(await journal.takePending(A, 1000), key)).toEqual([]);
      await journal.release(key, "A");
      expect(keysOf(await journal.takePending(A, 1000), key)).toEqual([]);
      await journal.release(key, "B");
      expect(keysOf(await journal.takePending(A, 1000), key)).toEqual([key]);
    });

    it("lets only the current holder confirm before posting (fencing an owner that stalled past its lease)", async () => {
      const time = clock();
      const journal = backend.journal(time);
      const key = unique("fence");
      await journal.record(key, { n: 1 }, A);
      time.advance(500);
      expect(await journal.confirm(key, A)).toBe(true);
      time.advance(1500);
      expect(keysOf(await journal.takePending(B, 1000), key)).toEqual([key]);
      expect(await journal.confirm(key, A)).toBe(false);
      expect(await journal.confirm(key, B)).toBe(true);
      await journal.markAnswered(key);
      expect(await journal.confirm(key, B)).toBe(false);
    });

    it("never hands out an answered delivery, and prunes it (not a pending one) after the retention", async () => {
      const time = clock();
      const journal = backend.journal(time);
      const [answered, pending] = [unique("answered"), unique("pending")];
      await journal.record(answered, {}, A);
      await journal.record(pending, {}, A);
      await journal.markAnswered(answered);
      time.advance(5000);
      const taken = await journal.takePending(B, 1000);
      expect(keysOf(taken, answered)).toEqual([]);
      expect(keysOf(taken, pending)).toEqual([pending]);
      await journal.prune(1000);
      expect(await journal.record(answered, {}, A)).toEqual({ isNew: true });
      expect(await journal.record(pending, {}, A)).toEqual({ isNew: false });
    });

    it("two handles sweeping at once never take the same pending delivery, and together take them all", async () => {
      const time = clock();
      const [one, two] = [backend.journal(time), backend.journal(time)];
      const prefix = unique("sweep");
      const keys = Array.from({ length: 30 }, (_, i) => `${prefix}:${i}`);
      for (const key of keys) await one.record(key, {}, { owner: "gone", ms: 10 });
      time.advance(100);
      const [a, b] = await Promise.all([one.takePending(A, 1000), two.takePending(B, 1000)]);
      expect(keysOf(a, prefix).filter((k) => keysOf(b, prefix).includes(k))).toEqual([]);
      expect(new Set([...keysOf(a, prefix), ...keysOf(b, prefix)]).size).toBe(keys.length);
    });

    it("gives a de-duplication claim to the first delivery, and again to that delivery from another handle", async () => {
      const key = unique("msg");
      const first = backend.journal();
      expect(await first.claim(key, "event:Ev1")).toBe(true);
      expect(await backend.journal().claim(key, "event:Ev2")).toBe(false);
      expect(await backend.journal().claim(key, "event:Ev1")).toBe(true);
    });

    it("counts pending deliveries: one more for each recorded, one fewer for each answered", async () => {
      const journal: EventJournal = backend.journal();
      const before = await journal.countPending();
      const [k1, k2] = [unique("count"), unique("count")];
      await journal.record(k1, {}, A);
      await journal.record(k2, {}, A);
      await journal.markAnswered(k1);
      expect((await journal.countPending()) - before).toBe(1);
    });
  });
}
