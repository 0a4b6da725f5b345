import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedbackCounts, FeedbackInput, FeedbackRecord } from "../../src/feedback/store.js";
import { backends, unique } from "./backends.js";

/**
 * The FeedbackStore contract (src/feedback/store.ts), one suite run against the JSON-lines file and the
 * PostgreSQL table. What one handle records another lists (a second replica, or `npm run feedback`).
 * Each test reads back only its own question ids, and counts as differences.
 */

const input = (questionId: string, overrides: Partial<FeedbackInput> = {}): FeedbackInput => ({
  questionId,
  rating: "helpful",
  sources: { chunkIds: ["chunk-1"], files: ["a.txt"] },
  team: "T0001",
  channelType: "im",
  ...overrides,
});

const diff = (after: FeedbackCounts, before: FeedbackCounts) => ({
  helpful: after.helpful - before.helpful,
  not_helpful: after.not_helpful - before.not_helpful,
  total: after.total - before.total,
});

for (const backend of await backends("FeedbackStore contract on PostgreSQL (test/contracts/feedbackStore.contract.test.ts)")) {
  describe.skipIf(!backend.available)(`FeedbackStore contract: ${backend.name}`, () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    const mine = (list: FeedbackRecord[], prefix: string) => list.filter((r) => r.questionId.startsWith(prefix));

    it("lists what was recorded, oldest first, with its rating, sources, team, channel type and time, on another handle too", async () => {
      const q = unique("list");
      const store = backend.feedback();
      const first = await store.record(input(`${q}-1`));
      const second = await store.record(input(`${q}-2`, { rating: "not_helpful", team: null, channelType: "channel" }));
      expect(first).toMatchObject({ questionId: `${q}-1`, rating: "helpful", sources: { chunkIds: ["chunk-1"], files: ["a.txt"] } });
      expect(Date.parse(first.at)).not.toBeNaN();
      const listed = mine(await backend.feedback().list(), q);
      expect(listed).toEqual([first, second]);
      expect(listed[1]).toMatchObject({ rating: "not_helpful", team: null, channelType: "channel" });
    });

    it("merges a reason given later (from another handle) into its rating, and counts by rating", async () => {
      const q = unique("reason");
      const store = backend.feedback();
      const before = await store.counts();
      const rated = await store.record(input(`${q}-1`, { rating: "not_helpful" }));
      await store.record(input(`${q}-2`));
      await backend.feedback().addReason(rated.id, "wrong-or-outdated");
      const listed = mine(await store.list(), q);
      expect(listed.find((r) => r.id === rated.id)).toEqual({ ...rated, reason: "wrong-or-outdated" });
      expect(listed.find((r) => r.id !== rated.id)?.reason).toBeUndefined();
      expect(diff(await backend.feedback().counts(), before)).toEqual({ helpful: 1, not_helpful: 1, total: 2 });
    });

    it("keeps concurrent records whole and distinct", async () => {
      const q = unique("concurrent");
      const records = await Promise.all(Array.from({ length: 30 }, (_, i) => backend.feedback().record(input(`${q}-${i}`))));
      expect(new Set(records.map((r) => r.id)).size).toBe(30);
      expect(mine(await backend.feedback().list(), q)).toHaveLength(30);
    });
  });
}
