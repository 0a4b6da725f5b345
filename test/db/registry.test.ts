import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import type { Config } from "../../src/config.js";
import { PgIndexRegistry } from "../../src/index/registry/pgRegistry.js";
import { readCurrentVersion, versionsDir } from "../../src/index/store.js";
import { LOCKS } from "../../src/db/locks.js";
import { SharedLockError, takeReindexLock } from "../../src/index/registry/reindexLock.js";
import { buildIndex } from "../../src/index/build.js";
import { reindexShared } from "../../src/index/registry/sharedReindex.js";
import { isBusy, syncLocalCache } from "../../src/index/registry/localCache.js";
import { indexSettingsOf } from "../../src/index/settings.js";
import { makeCorpus, TOPICS } from "../index/helpers.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/postgres.js";

/** The index registry against the real server: files round-trip in pieces, checksums are enforced, one reindex at a time. */

const available = await postgresAvailable("index registry (test/db/registry.test.ts)");
let database: TestDatabase;
let db: Database;
let dir: string;

beforeAll(async () => {
  if (!available) return;
  database = await createTestDatabase();
  db = await openDatabase(database.url);
  dir = await mkdtemp(join(tmpdir(), "safeguide-registry-"));
});

afterAll(async () => {
  await db?.end();
  await database?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!available)("index registry on PostgreSQL", () => {
  it("publishes a version's files (in 1 MB pieces) and downloads them byte for byte; the pointer moves", async () => {
    const registry = new PgIndexRegistry(db);
    expect(await registry.current()).toBeNull();
    const big = randomBytes(2.5 * 1024 * 1024);
    await writeFile(join(dir, "manifest.json"), JSON.stringify({ version: "v1" }));
    await writeFile(join(dir, "vectors.bin"), big);
    await writeFile(join(dir, "empty.txt"), "");
    await registry.publish(dir, "v1", "test");
    expect(await registry.current()).toBe("v1");
    const pieces = await db.query(`SELECT count(*)::int AS n FROM index_files WHERE version = 'v1' AND name = 'vectors.bin'`);
    expect(pieces.rows[0].n).toBe(3);
    const out = join(dir, "out");
    await registry.download("v1", out);
    expect((await readFile(join(out, "vectors.bin"))).equals(big)).toBe(true);
    expect(await readFile(join(out, "empty.txt"), "utf8")).toBe("");
  });

  it("refuses a download whose bytes do not match the recorded checksum, naming the file", async () => {
    const registry = new PgIndexRegistry(db);
    await db.query(
      `UPDATE index_files SET data = set_byte(data, 0, (get_byte(data, 0) + 1) % 256) WHERE version = 'v1' AND name = 'vectors.bin' AND seq = 1`,
    );
    await expect(registry.download("v1", join(dir, "bad"))).rejects.toThrow(/vectors\.bin does not match its checksum/);
  });

  it("keeps the current and the previous version only", async () => {
    const registry = new PgIndexRegistry(db);
    for (const id of ["v2", "v3"]) {
      await writeFile(join(dir, "manifest.json"), JSON.stringify({ version: id }));
      await registry.publish(dir, id, "test");
    }
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM index_versions ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual(["v2", "v3"]);
    expect(await registry.current()).toBe("v3");
  });

  it("lets one reindex hold the lock; a second fails naming the holder's PID (in this database, not another's); after release it is free", async () => {
    // Another database on the same server holding the same lock key (another suite's reindex, another
    // client): advisory locks are per database, so it neither blocks this one nor is named as its holder.
    const elsewhere = await createTestDatabase();
    const otherDb = await openDatabase(elsewhere.url, { max: 1 });
    const foreign = await otherDb.connect();
    await foreign.query(`SELECT set_config('application_name', 'safeguide reindex host=elsewhere pid=0', false)`);
    await foreign.query(`SELECT pg_advisory_lock($1)`, [LOCKS.reindex]);
    const first = await takeReindexLock(db);
    try {
      const failure = await takeReindexLock(db).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(SharedLockError);
      expect((failure as Error).message).toContain(`pid=${process.pid}`);
      expect((failure as Error).message).not.toContain("host=elsewhere");
    } finally {
      await first.release();
      foreign.release(true);
      await otherDb.end();
      await elsewhere.drop();
    }
    const again = await takeReindexLock(db);
    await again.release();
  });

  it("a replica's cache follows the registry's current version; a version failing its checksum is never swapped in", async () => {
    const registry = new PgIndexRegistry(db);
    const config = { indexDir: join(dir, "replica-index") } as Config;
    await writeFile(join(dir, "manifest.json"), JSON.stringify({ version: "v4" }));
    await writeFile(join(dir, "vectors.bin"), randomBytes(1000));
    await registry.publish(dir, "v4", "test");
    expect(await syncLocalCache(config, registry)).toEqual({ version: "v4", swapped: true });
    expect(await syncLocalCache(config, registry)).toEqual({ version: "v4", swapped: false });
    expect((await readCurrentVersion(config.indexDir))?.id).toBe("v4");

    await writeFile(join(dir, "manifest.json"), JSON.stringify({ version: "v5" }));
    await registry.publish(dir, "v5", "test");
    await db.query(`UPDATE index_files SET data = '\\x00' WHERE version = 'v5' AND name = 'vectors.bin'`);
    await expect(syncLocalCache(config, registry)).rejects.toThrow(/v5: vectors\.bin does not match its checksum/);
    expect((await readCurrentVersion(config.indexDir))?.id).toBe("v4");
    expect(await readdir(versionsDir(config.indexDir))).toEqual(["v4"]);
  });

  it("a replica's sync during a shared reindex never puts the older version back; a publish that fails fails the run", async () => {
    const shared = await createTestDatabase();
    const corpus = makeCorpus();
    const registryDb = await openDatabase(shared.url);
    try {
      const config = { ...indexSettingsOf(corpus.config()), databaseUrl: shared.url };
      const registry = new PgIndexRegistry(registryDb);
      const first = await reindexShared(config, (beforeUnlock) => buildIndex(config, { beforeUnlock }), { say: () => {} });
      corpus.write("extra.txt", `${Object.values(TOPICS)[0]}\n\nA further paragraph about escalation between agencies.`);
      let duringPublish: unknown;
      let afterBuild: unknown;
      const second = await reindexShared(
        config,
        async (beforeUnlock) => {
          const report = await buildIndex(config, {
            beforeUnlock: async (built) => {
              // The replica's poll while the new version is current here but not yet in the registry.
              duringPublish = await syncLocalCache(config, registry).catch((e: unknown) => (isBusy(e) ? "busy" : e));
              await beforeUnlock(built);
            },
          });
          afterBuild = await syncLocalCache(config, registry);
          return report;
        },
        { say: () => {} },
      );
      expect(second.outcome).toBe("built");
      expect(second.version).not.toBe(first.version);
      expect(duringPublish).toBe("busy");
      expect(afterBuild).toEqual({ version: second.version, swapped: false });
      expect(await registry.current()).toBe(second.version);
      expect((await readCurrentVersion(config.indexDir))?.id).toBe(second.version);

      // A publish that fails fails the run, naming the version every replica still serves.
      await registryDb.query(`CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`);
      await registryDb.query(`CREATE TRIGGER refuse BEFORE INSERT ON index_files FOR EACH ROW EXECUTE FUNCTION refuse()`);
      corpus.remove("extra.txt");
      const third = await reindexShared(config, (beforeUnlock) => buildIndex(config, { beforeUnlock }), { say: () => {} });
      expect(third).toMatchObject({ outcome: "failed", exitCode: 1, version: second.version });
      expect(third.error).toMatch(
        new RegExp(`could not publish it to the shared registry \\(.*disk full.*\\); version ${second.version} still serves`),
      );
      expect(await registry.current()).toBe(second.version);
    } finally {
      await registryDb.end();
      await shared.drop();
      corpus.cleanup();
    }
  });
});
