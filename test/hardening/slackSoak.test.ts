import { mulberry32 } from "../../src/index/svd.js";
import { describe, expect, it } from "vitest";
import { eventBody, mention, quiet, sendSigned, startHarness, waitFor, type Harness } from "../slack/harness.js";

/**
 * A soak of the Slack HTTP path: 1,000 @mentions in bounded concurrent batches, with Slack's retries
 * (same event_id, x-slack-retry-num) and duplicated deliveries (the same message under a second event_id)
 * mixed in. Every question is answered exactly once. RSS is logged, not asserted.
 */

const QUESTIONS = 1000;
const BATCH = 40;

/** A small deterministic generator, so a failure can be replayed. */
const random = mulberry32;

interface Delivery {
  body: string;
  retryNum?: number;
}

/** One question and the deliveries Slack might make of it, in a random order. */
function deliveriesFor(i: number, rand: () => number): { ts: string; deliveries: Delivery[] } {
  const event = mention(`question ${i}: what did inspectors ask GPs to do?`);
  const body = eventBody(event, `EvSoak${i}`);
  const deliveries: Delivery[] = [{ body }];
  const roll = rand();
  if (roll < 0.25) deliveries.push({ body, retryNum: 1 });
  if (roll < 0.1) deliveries.push({ body, retryNum: 2 });
  if (roll > 0.85) deliveries.push({ body });
  if (roll > 0.95) deliveries.push({ body: eventBody(event, `EvSoakDup${i}`) });
  return { ts: event.ts, deliveries: deliveries.sort(() => rand() - 0.5) };
}

async function sendAll(h: Harness, deliveries: Delivery[]): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < deliveries.length; i += BATCH) {
    const batch = deliveries.slice(i, i + BATCH);
    const results = await Promise.all(batch.map((d) => sendSigned(h.port, d.body, { retryNum: d.retryNum })));
    statuses.push(...results.map((r) => r.status));
  }
  return statuses;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe("Slack HTTP soak", () => {
  it("answers 1,000 questions exactly once through retries and duplicate deliveries", async () => {
    const h = await startHarness({ LOG_LEVEL: "warn" });
    try {
      console.log(`soak start RSS ${mb(process.memoryUsage().rss)}`);
      const rand = random(424242);
      const questions = Array.from({ length: QUESTIONS }, (_, i) => deliveriesFor(i, rand));
      const deliveries = questions.flatMap((q) => q.deliveries).sort(() => rand() - 0.5);
      const statuses = await sendAll(h, deliveries);
      expect(statuses.every((s) => s === 200)).toBe(true);

      const posts = () => h.fake.callsTo("chat.postMessage");
      await waitFor(() => posts().length >= QUESTIONS, 60_000, `${QUESTIONS} answers`);
      await quiet(h, 300);

      const perThread = new Map<string, number>();
      for (const call of posts()) perThread.set(call.args.thread_ts, (perThread.get(call.args.thread_ts) ?? 0) + 1);
      expect(posts()).toHaveLength(QUESTIONS);
      for (const q of questions) expect(perThread.get(q.ts), `thread ${q.ts}`).toBe(1);
      expect(h.service.asked).toHaveLength(QUESTIONS);
      console.log(`soak: ${deliveries.length} deliveries of ${QUESTIONS} questions; end RSS ${mb(process.memoryUsage().rss)}`);
    } finally {
      await h.stop();
    }
  }, 120_000);
});
