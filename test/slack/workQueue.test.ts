import { describe, expect, it } from "vitest";
import { WorkQueue } from "../../src/slack/workQueue.js";

describe("WorkQueue", () => {
  it("runs at most `concurrency` jobs at once, all of them, errors passed to their caller", async () => {
    const queue = new WorkQueue(2);
    let running = 0;
    let most = 0;
    const job = (i: number) =>
      queue.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setImmediate(r));
        running--;
        if (i === 3) throw new Error("job 3 failed");
        return i;
      });
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => job(i)));
    expect(most).toBe(2);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(7);
    expect((results[3] as PromiseRejectedResult).reason.message).toBe("job 3 failed");
  });
});
