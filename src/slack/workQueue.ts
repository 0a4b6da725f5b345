/**
 * Answer work waits its turn, a few at a time. Node runs every queued continuation of a loop turn before
 * it reads the next requests, so fifty answers in flight at once would hold back fifty acknowledgements;
 * a short queue lets Slack's deliveries be acknowledged between the slices of answer work.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly concurrency = 2) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
