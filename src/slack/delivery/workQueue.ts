/**
 * Answer work waits its turn, a few at a time, and gives way to Slack's deliveries. Node runs every queued
 * continuation of a loop turn before it reads the next requests, so answer work in flight holds back the
 * acknowledgements of a burst; and Slack retries a delivery it has not seen acknowledged within 3 s. So a
 * job starts once no delivery has arrived for a moment (quietMs), or after maxHoldMs at most, so that a
 * steady stream of deliveries cannot starve the answers. Measured in `npm run bench`: the ack p95 of a
 * 50-event burst fell by about half when answers gave way.
 */

export interface GiveWay {
  /** How long deliveries must pause before answer work starts. */
  quietMs: number;
  /** The longest a job waits for that pause. */
  maxHoldMs: number;
}

export const GIVE_WAY: GiveWay = { quietMs: 3, maxHoldMs: 50 };

export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private lastArrival = -Infinity;

  constructor(
    private readonly concurrency = 2,
    private readonly giveWay: GiveWay = GIVE_WAY,
  ) {}

  /** A Slack delivery arrived: answer work not yet started waits for deliveries to pause. */
  noteArrival(): void {
    this.lastArrival = performance.now();
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      await this.deliveriesPaused();
      return await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async deliveriesPaused(): Promise<void> {
    const giveUpAt = performance.now() + this.giveWay.maxHoldMs;
    for (;;) {
      const now = performance.now();
      const quietFor = now - this.lastArrival;
      if (quietFor >= this.giveWay.quietMs || now >= giveUpAt) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.giveWay.quietMs - quietFor, giveUpAt - now)));
    }
  }
}
