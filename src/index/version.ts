import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { EmbeddingSettings, ShapeSettings } from "./settings.js";
import { HNSW_FILES, HnswDenseIndex } from "./hnswDenseIndex.js";
import { openEmbeddings, requestedEmbedding } from "./embeddings.js";
import { loadGlossary } from "./glossary.js";
import { ChunkList } from "./chunkList.js";
import { CHUNKS_FILE, COLUMNS_FILE, openChunkStore, TEXTS_FILE } from "./chunkFiles.js";
import { LEXICAL_FILE, loadLexicalIndex, POSTINGS_FILE } from "./lexical.js";
import { verifyChecksums } from "./checksums.js";
import { MANIFEST_FILE, OutdatedManifestError, parseManifest, type Manifest } from "./manifest.js";
import type { IndexSnapshot } from "./snapshot.js";

/** One version directory read back into a snapshot (`FileIndexWriter` writes it), refused with the fix when it cannot serve. */

export { CHUNKS_FILE, COLUMNS_FILE, TEXTS_FILE } from "./chunkFiles.js";
export { LEXICAL_FILE, POSTINGS_FILE } from "./lexical.js";
export const GLOSSARY_FILE = "glossary.json";
export const LSA_MODEL_FILE = "lsa-model.json";

const FIX = "Run `npm run reindex` to rebuild it.";

export type IndexProblem = "missing" | "incompatible" | "damaged";

export class IndexError extends Error {
  constructor(
    message: string,
    readonly problem: IndexProblem,
  ) {
    super(message);
    this.name = "IndexError";
  }
}

export type LoadedVersion = IndexSnapshot & { dense: HnswDenseIndex };

/** The files every version holds; the LSA model too when the embeddings are local. */
const VERSION_FILES = [CHUNKS_FILE, COLUMNS_FILE, TEXTS_FILE, LEXICAL_FILE, POSTINGS_FILE, GLOSSARY_FILE, ...HNSW_FILES];

export async function loadVersion(dir: string, config: EmbeddingSettings & Pick<ShapeSettings, "hnsw">): Promise<LoadedVersion> {
  const name = basename(dir);
  const damaged = (what: string) => new IndexError(`The index version ${name} in ${dir} is damaged: ${what}. ${FIX}`, "damaged");
  const manifest = await attempt(
    async () => parseManifest(await readText(dir, MANIFEST_FILE)),
    (why, error) =>
      error instanceof OutdatedManifestError
        ? new IndexError(`The index version ${name} in ${dir} was made by an earlier release of safeguide (${why}). ${FIX}`, "incompatible")
        : damaged(why),
  );
  checkCompatible(manifest, config);
  // Before anything is parsed, and above all before hnswlib's native code reads its file: damaged bytes
  // there can crash the process, and in texts.bin they would be served as verbatim quotes.
  const local = config.embeddings.provider === "local";
  await attempt(() => verifyChecksums(dir, manifest.files, local ? [...VERSION_FILES, LSA_MODEL_FILE] : VERSION_FILES), damaged);
  const chunks = await attempt(async () => openChunkStore(dir, await readJson(dir, CHUNKS_FILE)), damaged);
  if (chunks.length !== manifest.counts.chunks) {
    throw damaged(`${CHUNKS_FILE} holds ${chunks.length} chunks where the manifest says ${manifest.counts.chunks}`);
  }
  const glossary = await attempt(async () => loadGlossary(await readJson(dir, GLOSSARY_FILE)), damaged);
  const ids = chunks.map((c) => c.id);
  const lexical = await attempt(async () => loadLexicalIndex(await readJson(dir, LEXICAL_FILE), dir, ids), damaged);
  const savedModel = local ? await attempt(() => readJson(dir, LSA_MODEL_FILE), damaged) : null;
  const model = await attempt(
    () => openEmbeddings(config, savedModel),
    (why) => (local ? damaged(why) : new IndexError(`The index's embedding model cannot be used: ${why}`, "incompatible")),
  );
  if (model.identity !== manifest.embedding.identity) {
    throw new IndexError(
      `The index version ${name} was built with embedding model ${manifest.embedding.identity}, but the model ` +
        `available to embed questions is ${model.identity}; the two cannot be mixed. ${FIX}`,
      "incompatible",
    );
  }
  const dense = await attempt(
    () => HnswDenseIndex.load(dir, ids, config.hnsw.ef),
    (why) => damaged(`the vector index could not be read (${why})`),
  );
  if (dense.count !== chunks.length || dense.dimension !== manifest.embedding.dimension) {
    const found = `${dense.count} vectors of dimension ${dense.dimension}`;
    throw damaged(`the vector index holds ${found}, not ${chunks.length} of ${manifest.embedding.dimension}`);
  }
  return {
    version: manifest.version,
    manifest,
    chunks: new ChunkList(chunks),
    lexical,
    dense,
    embeddings: model.embeddings,
    glossary,
  };
}

/** The written version must load back whole and answer a query before it may serve. */
/** `probe` is a chunk with a non-zero vector (its position and the vector stored for it), if there is one. */
export async function verifyVersion(
  loaded: LoadedVersion,
  manifest: Manifest,
  probe: { position: number; vector: number[] } | null,
): Promise<void> {
  const fail = (what: string) => new Error(`the new index failed its check: ${what}`);
  if (loaded.chunks.count !== manifest.counts.chunks || loaded.dense.count !== loaded.chunks.count) {
    throw fail(`${loaded.chunks.count} chunks and ${loaded.dense.count} vectors, expected ${manifest.counts.chunks}`);
  }
  if (probe && (await loaded.dense.search(probe.vector, 1)).length === 0) throw fail("a probe query found nothing");
  if (probe && manifest.embedding.provider === "local") {
    const again = await loaded.embeddings.embedQuery(loaded.chunks.at(probe.position).text);
    if (again.some((x, i) => Math.abs(x - probe.vector[i]) > 1e-5)) throw fail("the saved embedding model embeds differently");
  }
  const longest = loaded.chunks
    .all()
    .slice(0, 20)
    .reduce((a, b) => (b.text.length > a.text.length ? b : a));
  if (loaded.lexical.search({ text: longest.text, k: 1 }).length === 0) throw fail("a probe word search found nothing");
}

/** An index is only usable with the embedding model that made it: never mix two models' vectors. */
export function checkCompatible(manifest: Manifest, config: EmbeddingSettings): void {
  const wanted = requestedEmbedding(config);
  const built = manifest.embedding;
  if (built.provider !== wanted.provider || built.model !== wanted.model) {
    throw new IndexError(
      `This index was built with embedding model ${built.provider}/${built.model}; the configuration asks for ` +
        `${wanted.provider}/${wanted.model}. ${FIX}`,
      "incompatible",
    );
  }
}

/**
 * JSON.stringify(value) in pieces: a top-level array, or a top-level object's array fields, a batch of
 * elements at a time. Concatenated, the pieces are exactly JSON.stringify(value).
 */
export function* jsonPieces(value: unknown, batch = 500): Generator<string> {
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i += batch) {
      const part = value.slice(i, i + batch).map((v) => JSON.stringify(v) ?? "null");
      yield (i > 0 ? "," : "") + part.join(",");
    }
    yield "]";
    return;
  }
  if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    yield JSON.stringify(value);
    return;
  }
  yield "{";
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === "function" || typeof field === "symbol") continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(field)) yield* jsonPieces(field, batch);
    else yield JSON.stringify(field);
  }
  yield "}";
}

async function readText(dir: string, file: string): Promise<string> {
  try {
    return await readFile(join(dir, file), "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${file} is missing`, { cause: e });
    throw new Error(`${file} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { cause: e });
  }
}

async function readJson(dir: string, file: string): Promise<unknown> {
  const text = await readText(dir, file);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${file} is not valid JSON (truncated or overwritten?)`);
  }
}

async function attempt<T>(step: () => Promise<T> | T, wrap: (why: string, error: unknown) => IndexError): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof IndexError) throw e;
    throw wrap((e as Error).message ?? String(e), e);
  }
}
