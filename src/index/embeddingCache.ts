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
  const fresh = new Map<string, Float32Array>();
  onProgress?.(0, missing.length);
  for (let start = 0; start < missing.length; start += BATCH) {
    const batch = missing.slice(start, start + BATCH);
    const vectors = await embeddings.embedDocuments(batch.map(([, item]) => item.text));
    batch.forEach(([hash], i) => fresh.set(hash, Float32Array.from(vectors[i])));
    onProgress?.(Math.min(start + BATCH, missing.length), missing.length);
  }
  const lookup = (hash: string) => fresh.get(hash) ?? cached.get(hash)!;
  const dimension = items.length ? lookup(items[0].contentHash).length : 0;
  if (items.some((i) => lookup(i.contentHash).length !== dimension)) {
    throw new Error(`embedding model ${identity} returned vectors of different lengths`);
  }
  const keep = new Map(items.map((i) => [i.contentHash, lookup(i.contentHash)]));
  try {
    await ensureDir(cacheDir);
    await writeFileAtomic(path, encode(identity, dimension, keep));
    if (identity.startsWith("lsa-")) await removeOtherFits(cacheDir, path);
  } catch (e) {
    warnings.push(`embedding cache not saved (${(e as Error).message}); the next reindex embeds every chunk again`);
  }
  return {
    vectors: items.map((i) => lookup(i.contentHash)),
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

function encode(identity: string, dimension: number, vectors: Map<string, Float32Array>): Buffer {
  const header = Buffer.from(`${JSON.stringify({ format: FORMAT, identity, dimension, count: vectors.size })}\n`);
  const record = HASH_BYTES + dimension * 4;
  const out = Buffer.alloc(header.length + vectors.size * record);
  header.copy(out);
  let at = header.length;
  for (const [hash, v] of vectors) {
    out.write(hash, at, HASH_BYTES, "hex");
    Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(out, at + HASH_BYTES);
    at += record;
  }
  return out;
}

/** A refit gives a new identity every time the corpus changes; older fits' caches are never read again. */
async function removeOtherFits(cacheDir: string, keep: string): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if (name.startsWith("lsa-") && path !== keep) await rm(path, { force: true });
  }
}
