import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WorkQueue } from "../../../src/slack/delivery/workQueue.js";

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

describe("WorkQueue gives way to Slack's deliveries", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "performance"] }));
  afterEach(() => vi.useRealTimers());

  const started = (queue: WorkQueue) => {
    const state = { started: false };
    void queue.run(async () => {
      state.started = true;
    });
    return state;
  };

  it("starts answer work once deliveries pause", async () => {
    const queue = new WorkQueue(2, { quietMs: 3, maxHoldMs: 50 });
    queue.noteArrival();
    const job = started(queue);
    await vi.advanceTimersByTimeAsync(2);
    queue.noteArrival();
    await vi.advanceTimersByTimeAsync(2);
    expect(job.started).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(job.started).toBe(true);
  });

  it("holds work no longer than maxHoldMs while deliveries keep coming", async () => {
    const queue = new WorkQueue(2, { quietMs: 3, maxHoldMs: 50 });
    queue.noteArrival();
    const job = started(queue);
    for (let ms = 0; ms < 48; ms += 2) {
      await vi.advanceTimersByTimeAsync(2);
      queue.noteArrival();
    }
    expect(job.started).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(job.started).toBe(true);
  });

  it("starts at once when nothing has arrived lately", async () => {
    const job = started(new WorkQueue(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(job.started).toBe(true);
  });
});
