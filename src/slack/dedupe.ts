/**
 * "Exactly one answer per question": the first caller to claim a key wins. An interface so that a shared
 * Postgres table can replace the in-memory one when several replicas serve one workspace.
 */
export interface EventDeduper {
  /** True the first time a key is seen (within the retention window), false after. */
  claim(key: string): Promise<boolean>;
}

/** Slack retries for about an hour at most; keep keys a little longer than that. */
export const DEFAULT_DEDUPE_TTL_MS = 2 * 60 * 60 * 1000;

export class MemoryEventDeduper implements EventDeduper {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = DEFAULT_DEDUPE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(key: string): Promise<boolean> {
    const now = this.now();
    this.prune(now);
    if (this.seen.has(key)) return false;
    this.seen.set(key, now + this.ttlMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  // Keys are inserted in expiry order (one TTL for all), so expired ones sit at the front.
  private prune(now: number): void {
    for (const [key, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(key);
    }
  }
}
