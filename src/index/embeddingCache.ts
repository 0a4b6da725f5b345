import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { ensureDir, writeFileAtomic } from "./store.js";

/**
 * Vectors cached by (embedding identity, chunk content hash) in DATA_DIR/embedding-cache/<identity>.bin,
 * so a reindex embeds only new or changed chunks. Vectors are float32 both fresh and cached, so a
 * cached vector is bit-for-bit the vector a fresh embedding would have stored.
 *
 * File: one JSON header line, then `count` records of 32 hash bytes + dimension float32s (little-endian).
 */

const FORMAT = "safeguide-embedding-cache";
const BATCH = 128;
const HASH_BYTES = 32;

export interface CacheItem {
  contentHash: string;
  text: string;
}

export interface CachedEmbedding {
  /** Float32, as stored: a 100,000-chunk corpus's vectors as arrays of doubles would take twice the memory. */
  vectors: Float32Array[];
  embedded: number;
  reused: number;
  warnings: string[];
}

export interface CacheOptions {
  cacheDir: string;
  identity: string;
  embeddings: EmbeddingsInterface;
  items: CacheItem[];
  onProgress?: (done: number, total: number) => void;
}

export async function embedWithCache(options: CacheOptions): Promise<CachedEmbedding> {
  const { cacheDir, identity, embeddings, items, onProgress } = options;
  const path = join(cacheDir, `${identity.replace(/[^A-Za-z0-9._-]/g, "_")}.bin`);
  const warnings: string[] = [];
  const cached = await readCache(path, identity).catch((e: Error) => {
    warnings.push(`embedding cache ${path} ignored: ${e.message}`);
    return new Map<string, Float32Array>();
  });
  // Items, not their texts: a reindex's chunk texts are read from disk a batch at a time.
  const missing = [...new Map(items.filter((i) => !cached.has(i.contentHash)).map((i) => [i.contentHash, i]))];
  // Every vector goes straight into one float32 table, at the row of the first item with its hash.
  const rowOf = new Map<string, number>();
  items.forEach((item, i) => rowOf.has(item.contentHash) || rowOf.set(item.contentHash, i));
  let table: Float32Array | null = null;
  let dimension = 0;
  const place = (hash: string, vector: ArrayLike<number>) => {
    if (!table) {
      dimension = vector.length;
      table = new Float32Array(items.length * dimension);
    }
    if (vector.length !== dimension) throw new Error(`embedding model ${identity} returned vectors of different lengths`);
    table.set(vector, rowOf.get(hash)! * dimension);
  };
  onProgress?.(0, missing.length);
  for (let start = 0; start < missing.length; start += BATCH) {
    const batch = missing.slice(start, start + BATCH);
    const vectors = await embeddings.embedDocuments(batch.map(([, item]) => item.text));
    batch.forEach(([hash], i) => place(hash, vectors[i]));
    onProgress?.(Math.min(start + BATCH, missing.length), missing.length);
  }
  const fresh = new Set(missing.map(([hash]) => hash));
  for (const hash of rowOf.keys()) if (!fresh.has(hash)) place(hash, cached.get(hash)!);
  cached.clear();
  const filled: Float32Array = table ?? new Float32Array(0);
  const row = (r: number) => filled.subarray(r * dimension, (r + 1) * dimension);
  items.forEach((item, i) => {
    const first = rowOf.get(item.contentHash)!;
    if (first !== i) filled.copyWithin(i * dimension, first * dimension, (first + 1) * dimension);
  });
  try {
    await ensureDir(cacheDir);
    await writeFileAtomic(path, encode(identity, dimension, rowOf, row));
    if (identity.startsWith("lsa-")) await removeOtherFits(cacheDir, path);
  } catch (e) {
    warnings.push(`embedding cache not saved (${(e as Error).message}); the next reindex embeds every chunk again`);
  }
  return {
    vectors: items.map((_, i) => row(i)),
    embedded: missing.length,
    reused: items.length - items.filter((i) => fresh.has(i.contentHash)).length,
    warnings,
  };
}

async function readCache(path: string, identity: string): Promise<Map<string, Float32Array>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw e;
  }
  const newline = bytes.indexOf(0x0a);
  const header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as Record<string, unknown>;
  const dimension = Number(header.dimension);
  const count = Number(header.count);
  const record = HASH_BYTES + dimension * 4;
  if (header.format !== FORMAT || header.identity !== identity || bytes.length !== newline + 1 + count * record) {
    throw new Error("the file is damaged or was written for another model");
  }
  const map = new Map<string, Float32Array>();
  for (let i = 0, at = newline + 1; i < count; i++, at += record) {
    const hash = bytes.subarray(at, at + HASH_BYTES).toString("hex");
    // Copied: a Float32Array view needs 4-byte alignment, which a Buffer slice does not promise.
    map.set(hash, new Float32Array(new Uint8Array(bytes.subarray(at + HASH_BYTES, at + record)).buffer));
  }
  return map;
}

/** The cache file, a block of records at a time: at 100,000 chunks one buffer of it would be tens of MB. */
function* encode(
  identity: string,
  dimension: number,
  rowOf: ReadonlyMap<string, number>,
  row: (r: number) => Float32Array,
): Generator<Uint8Array> {
  yield Buffer.from(`${JSON.stringify({ format: FORMAT, identity, dimension, count: rowOf.size })}\n`);
  const record = HASH_BYTES + dimension * 4;
  const perBlock = Math.max(1, Math.floor((1 << 20) / record));
  let block = Buffer.alloc(perBlock * record);
  let at = 0;
  for (const [hash, r] of rowOf) {
    const v = row(r);
    block.write(hash, at, HASH_BYTES, "hex");
    Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(block, at + HASH_BYTES);
    at += record;
    if (at === block.length) {
      yield block;
      block = Buffer.alloc(perBlock * record);
      at = 0;
    }
  }
  if (at > 0) yield block.subarray(0, at);
}

/** A refit gives a new identity every time the corpus changes; older fits' caches are never read again. */
async function removeOtherFits(cacheDir: string, keep: string): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if (name.startsWith("lsa-") && path !== keep) await rm(path, { force: true });
  }
}
