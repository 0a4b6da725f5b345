import { expect } from "vitest";
import type { FakeSlack } from "../../testkit/fakeSlack.js";
import { waitFor } from "../slack/harness.js";

/** How many chat.postMessage calls each thread got. */
export function answersPerThread(fake: FakeSlack): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of fake.callsTo("chat.postMessage")) counts.set(p.args.thread_ts, (counts.get(p.args.thread_ts) ?? 0) + 1);
  return counts;
}

/** Wait until every thread has an answer and no more posts come for a second; then each has exactly one, and none is an apology. */
export async function expectAnsweredOnce(fake: FakeSlack, threads: string[], timeoutMs: number): Promise<void> {
  const posts = () => fake.callsTo("chat.postMessage");
  await waitFor(() => threads.every((t) => answersPerThread(fake).has(t)), timeoutMs, `answers in ${threads.length} threads`);
  let seen = -1;
  while (seen !== posts().length) {
    seen = posts().length;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const counts = answersPerThread(fake);
  for (const t of threads) expect(counts.get(t), `answers in thread ${t}`).toBe(1);
  expect(posts().every((p) => !/Something went wrong/i.test(p.args.text))).toBe(true);
}
