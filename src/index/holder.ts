import { watch, type FSWatcher } from "node:fs";
import type { IndexSettings } from "./settings.js";
import { ensureIndex, loadIndex, type Say } from "./load.js";
import type { IndexSnapshot } from "./snapshot.js";
import { CURRENT_LINK, readCurrentVersion } from "./store.js";

/**
 * The current index for a long-running process (the Slack app, the terminal chat). A reindex in another
 * process swaps INDEX_DIR/current; the holder notices (a directory watch, plus a cheap periodic look at
 * the link, since watches are unreliable on some filesystems) and loads the new version. A query keeps
 * the snapshot it started with, so nothing in flight sees a half-swapped index. Each version is handed to
 * `prepare` once, when it loads, and the holder hands out what that makes of it: the snapshot with what
 * queries derive from it (retrieve/indexDerived.ts), which this layer cannot name.
 */

export interface HolderOptions<T extends IndexSnapshot> {
  prepare: (snapshot: IndexSnapshot) => T;
  say?: Say;
  /** How often to look at the link regardless of watch events. */
  pollMs?: number;
}

export class IndexHolder<T extends IndexSnapshot> {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<boolean> | null = null;
  private failedTarget: string | null = null;
  private readonly listeners = new Set<(snapshot: T) => void>();

  private constructor(
    private readonly config: IndexSettings,
    private snapshot: T,
    private readonly prepare: (snapshot: IndexSnapshot) => T,
    private readonly say: Say,
  ) {}

  /** Load (building first if needed) and start watching for new versions. */
  static async open<T extends IndexSnapshot>(config: IndexSettings, options: HolderOptions<T>): Promise<IndexHolder<T>> {
    const say = options.say ?? ((m: string) => process.stderr.write(`${m}\n`));
    const holder = new IndexHolder(config, options.prepare(await ensureIndex(config, say)), options.prepare, say);
    holder.watch(options.pollMs ?? 5_000);
    return holder;
  }

  get(): T {
    return this.snapshot;
  }

  onSwap(listener: (snapshot: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Load the version `current` points at, if it is not the one held. True when it swapped. */
  refresh(): Promise<boolean> {
    this.checking ??= this.check().finally(() => (this.checking = null));
    return this.checking;
  }

  close(): void {
    this.watcher?.close();
    if (this.timer) clearInterval(this.timer);
    this.watcher = null;
    this.timer = null;
  }

  private watch(pollMs: number): void {
    try {
      this.watcher = watch(this.config.indexDir, { persistent: false }, (_event, name) => {
        if (!name || String(name) === CURRENT_LINK) void this.refresh();
      });
      this.watcher.on("error", () => this.watcher?.close());
    } catch {
      this.watcher = null; // the periodic check still runs
    }
    this.timer = setInterval(() => void this.refresh(), pollMs);
    this.timer.unref();
  }

  private async check(): Promise<boolean> {
    const target = await readCurrentVersion(this.config.indexDir).catch(() => null);
    if (!target || target.id === this.snapshot.version || target.id === this.failedTarget) return false;
    try {
      const next = this.prepare(await loadIndex(this.config));
      this.snapshot = next;
      this.failedTarget = null;
      this.say(`Index updated to version ${next.version} (${next.chunks.count} passages).`);
      for (const listener of this.listeners) listener(next);
      return true;
    } catch (e) {
      this.failedTarget = target.id;
      this.say(`A new index version ${target.id} could not be loaded; still using ${this.snapshot.version}: ${(e as Error).message}`);
      return false;
    }
  }
}
