import { createHash } from "node:crypto";
import { open, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Database } from "../../db/database.js";
import { MANIFEST_FILE } from "../manifest.js";
import { ensureDir } from "../store.js";

/**
 * The index registry (shared mode): every version's files in the database as chunked bytea, with the
 * manifest and each file's size and SHA-256, and one `current` pointer. Publishing a version is one
 * transaction (files, pointer, NOTIFY), so a replica never sees a pointer to a version whose files are
 * not all there; a download is checked against the recorded checksums before it may serve.
 */

export const INDEX_CHANNEL = "safeguide_index";
const PIECE_BYTES = 1 << 20;
/** Versions kept in the database: the current one and the one before it. */
const KEEP_VERSIONS = 2;

export interface RegisteredFile {
  name: string;
  size: number;
  sha256: string;
  pieces: number;
}

export class RegistryError extends Error {
  override name = "RegistryError";
}

export class PgIndexRegistry {
  constructor(private readonly db: Database) {}

  /** The version every replica should serve, or null before the first publish. */
  async current(): Promise<string | null> {
    const { rows } = await this.db.query<{ version: string }>(`SELECT version FROM index_current`);
    return rows[0]?.version ?? null;
  }

  /** Upload a finished local version directory and make it current; every listening replica is told. */
  async publish(dir: string, id: string, publishedBy: string): Promise<void> {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), "utf8")) as unknown;
    const names = await listFiles(dir);
    const client = await this.db.connect();
    try {
      await client.query("BEGIN");
      const exists = await client.query(`SELECT 1 FROM index_versions WHERE id = $1`, [id]);
      if (!exists.rowCount) {
        await client.query(`INSERT INTO index_versions (id, manifest, files, published_by) VALUES ($1, $2, '[]', $3)`, [
          id,
          manifest,
          publishedBy,
        ]);
        const files: RegisteredFile[] = [];
        for (const name of names) {
          const hash = createHash("sha256");
          let size = 0;
          let pieces = 0;
          for await (const piece of readPieces(join(dir, name))) {
            hash.update(piece);
            size += piece.length;
            await client.query(`INSERT INTO index_files (version, name, seq, data) VALUES ($1, $2, $3, $4)`, [id, name, pieces++, piece]);
          }
          files.push({ name, size, sha256: hash.digest("hex"), pieces });
        }
        await client.query(`UPDATE index_versions SET files = $2 WHERE id = $1`, [id, JSON.stringify(files)]);
      }
      await client.query(
        `INSERT INTO index_current (singleton, version) VALUES (true, $1)
         ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version, switched_at = now()`,
        [id],
      );
      await client.query(`SELECT pg_notify($1, $2)`, [INDEX_CHANNEL, id]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    await this.prune();
  }

  /** Write version `id`'s files into `dir` and check each against its recorded size and checksum. */
  async download(id: string, dir: string): Promise<void> {
    const { rows } = await this.db.query<{ files: RegisteredFile[] }>(`SELECT files FROM index_versions WHERE id = $1`, [id]);
    if (!rows[0]) throw new RegistryError(`index version ${id} is not in the registry`);
    for (const file of rows[0].files) {
      const path = join(dir, file.name);
      await ensureDir(join(path, ".."));
      const handle = await open(path, "w");
      const hash = createHash("sha256");
      let size = 0;
      try {
        for (let seq = 0; seq < file.pieces; seq++) {
          const piece = await this.db.query<{ data: Buffer }>(
            `SELECT data FROM index_files WHERE version = $1 AND name = $2 AND seq = $3`,
            [id, file.name, seq],
          );
          const data = piece.rows[0]?.data;
          if (!data) throw new RegistryError(`index version ${id}: ${file.name} is missing piece ${seq} in the registry`);
          hash.update(data);
          size += data.length;
          await handle.write(data);
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (size !== file.size || hash.digest("hex") !== file.sha256) {
        throw new RegistryError(`index version ${id}: ${file.name} does not match its checksum in the registry; it is not used`);
      }
    }
  }

  /** Drop all but the newest versions (never the current one); their files go with them. */
  private async prune(): Promise<void> {
    await this.db.query(
      `DELETE FROM index_versions WHERE id NOT IN (SELECT version FROM index_current)
         AND id NOT IN (SELECT id FROM index_versions ORDER BY published_at DESC, id DESC LIMIT $1)`,
      [KEEP_VERSIONS],
    );
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function* readPieces(path: string): AsyncGenerator<Buffer> {
  const handle = await open(path, "r");
  try {
    for (;;) {
      const buffer = Buffer.alloc(PIECE_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, PIECE_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
