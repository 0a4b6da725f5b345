import pg from "pg";
import type { SharedIndexSettings } from "../settings.js";
import { openDatabase, type Database } from "../../db/database.js";
import type { Say } from "../load.js";
import { readCurrentVersion } from "../store.js";
import { isBusy, syncLocalCache } from "./localCache.js";
import { INDEX_CHANNEL, PgIndexRegistry } from "./pgRegistry.js";
import { reindexShared } from "./sharedReindex.js";

/** A NOTIFY is the fast path; the poll covers a listening connection that broke. */
const POLL_MS = 2000;

/**
 * Keeps a replica's INDEX_DIR on the registry's current version (shared mode): at start (building and
 * publishing the first version when the registry is empty), on every NOTIFY of a new version, and on a
 * short poll. The process serving queries watches INDEX_DIR/current and swaps without a restart.
 */
export class IndexFollower {
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> | null = null;
  private again = false;
  private failedVersion: string | null = null;
  private closed = false;

  private constructor(
    private readonly config: SharedIndexSettings,
    private readonly db: Database,
    private readonly registry: PgIndexRegistry,
    private readonly say: Say,
  ) {}

  static async start(config: SharedIndexSettings, say: Say): Promise<IndexFollower> {
    const db = await openDatabase(config.databaseUrl, { max: 2, timeoutMs: config.databaseTimeoutMs });
    const follower = new IndexFollower(config, db, new PgIndexRegistry(db), say);
    try {
      if (!(await follower.registry.current())) {
        say("The shared index registry is empty: building the first version (or waiting for the replica that is)...");
        const { buildIndex } = await import("../build.js");
        await reindexShared(config, (beforeUnlock) => buildIndex(config, { beforeUnlock }), { wait: true, say });
      }
      const { version } = await syncLocalCache(config, follower.registry);
      if (version) say(`Index version ${version} from the shared registry.`);
    } catch (error) {
      // A version that cannot be taken (a checksum that fails) must not stop a replica that has one.
      const local = await readCurrentVersion(config.indexDir).catch(() => null);
      if (!local) {
        await db.end();
        throw error;
      }
      say(`Could not take the shared registry's index version (${(error as Error).message}); serving ${local.id} from ${config.indexDir}.`);
    }
    await follower.listen();
    // sync() never rejects: syncOnce reports its own failures.
    follower.timer = setInterval(() => void follower.sync(), POLL_MS);
    follower.timer.unref();
    return follower;
  }

  /** Bring INDEX_DIR up to the registry; one sync at a time, and one more if asked meanwhile. */
  sync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = this.syncOnce().finally(() => {
      this.syncing = null;
      if (this.again && !this.closed) {
        this.again = false;
        void this.sync();
      }
    });
    return this.syncing;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.syncing?.catch(() => {});
    await this.listener?.end().catch(() => {});
    await this.db.end().catch(() => {});
  }

  private async syncOnce(): Promise<void> {
    if (this.closed) return;
    if (!this.listener) await this.listen();
    try {
      const { version, swapped } = await syncLocalCache(this.config, this.registry);
      if (swapped) this.say(`Index version ${version} downloaded from the shared registry and checked; switching to it.`);
      this.failedVersion = null;
    } catch (error) {
      if (isBusy(error)) return;
      const wanted = await this.registry.current().catch(() => null);
      if (wanted !== this.failedVersion)
        this.say(`Could not take index version ${wanted} from the shared registry: ${(error as Error).message}`);
      this.failedVersion = wanted;
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.databaseUrl, application_name: "safeguide index follower" });
    client.on("notification", (message) => {
      if (message.channel === INDEX_CHANNEL) void this.sync();
    });
    client.on("error", () => {
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => {});
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${INDEX_CHANNEL}`);
      this.listener = client;
    } catch {
      await client.end().catch(() => {});
    }
  }
}
