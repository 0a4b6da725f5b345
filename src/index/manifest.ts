import { createHash } from "node:crypto";
import { z } from "zod";
import type { ShapeSettings } from "./settings.js";
import type { SourceReport } from "../corpus/corpus.js";
import type { DuplicateGroup } from "../corpus/dedupe.js";
import { DOC_TYPES, type CorpusDocument } from "../corpus/types.js";
import type { CuratedAcronyms } from "./glossary.js";

/**
 * The self-description of one index version (DESIGN.md, "Index directory"): which embedding model and
 * dimension made it, how the text was chunked, and each source's content hash, so a reindex can tell
 * what changed and a loader can refuse an index it cannot use.
 */

export const MANIFEST_FILE = "manifest.json";
/** 2: the manifest records every file's size and sha256. A version of an older schema is rebuilt. */
export const SCHEMA_VERSION = 2;
/** Bump when cleaning, splitting, deduplication, search terms or the stored chunk shape change, so old indexes are rebuilt. */
export const SPLITTER_VERSION = 6;
/** hnswlib's build-time beam width: not configurable, recorded so a change forces a rebuild. */
export const EF_CONSTRUCTION = 200;

const SourceStatusSchema = z.enum(["added", "changed", "unchanged", "removed", "failed", "skipped"]);

const ManifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z.string().min(1),
  builtAt: z.string().datetime(),
  embedding: z.object({
    provider: z.enum(["local", "openai"]),
    model: z.string().min(1),
    dimension: z.number().int().positive(),
    identity: z.string().min(1),
  }),
  chunking: z.object({
    maxWords: z.number().int().positive(),
    overlapSentences: z.number().int().nonnegative(),
    splitterVersion: z.number().int(),
  }),
  hnsw: z.object({
    space: z.literal("cosine"),
    m: z.number().int().positive(),
    efConstruction: z.number().int().positive(),
    ef: z.number().int().positive(),
  }),
  /** Hash of the curated acronym list the glossary was built with. */
  acronymsHash: z.string(),
  sources: z.array(
    z.object({
      file: z.string(),
      contentHash: z.string(),
      /** Hash of the resolved metadata record: a new title or date re-labels the chunks. */
      metadataHash: z.string(),
      bytes: z.number().int().nonnegative(),
      title: z.string(),
      date: z.string(),
      type: z.enum(DOC_TYPES),
      chunks: z.number().int().nonnegative(),
      /** Set when the file failed to read and its chunks were kept from the version that last read it. */
      keptFrom: z.object({ version: z.string(), builtAt: z.string() }).optional(),
    }),
  ),
  counts: z.object({
    documents: z.number().int().nonnegative(),
    chunks: z.number().int().positive(),
    duplicateGroups: z.number().int().nonnegative(),
  }),
  duplicates: z.array(
    z.object({
      kept: z.object({ id: z.string(), source: z.string() }),
      also: z.array(z.object({ id: z.string(), source: z.string() })),
    }),
  ),
  warnings: z.array(z.string()),
  failures: z.array(z.object({ file: z.string(), status: SourceStatusSchema, reason: z.string().nullable() })),
  /** Every other file of the version, by name; written last, once the files are on disk. */
  files: z.record(z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

export type Manifest = z.infer<typeof ManifestSchema>;

/** A manifest written by an earlier release (before file checksums): the version is rebuilt, not repaired. */
export class OutdatedManifestError extends Error {
  constructor(readonly schemaVersion: number) {
    super(`${MANIFEST_FILE} is of schema ${schemaVersion}, from an earlier release that recorded no checksums of its files`);
    this.name = "OutdatedManifestError";
  }
}

/** Parse and validate manifest.json's text; the error says what is wrong, in one line. */
export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${MANIFEST_FILE} is not valid JSON (${(e as Error).message})`, { cause: e });
  }
  const schema = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof schema === "number" && Number.isInteger(schema) && schema > 0 && schema < SCHEMA_VERSION)
    throw new OutdatedManifestError(schema);
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${MANIFEST_FILE} is not a valid index manifest (${issue.path.join(".") || "root"}: ${issue.message})`);
  }
  return parsed.data;
}

export interface IndexDescription {
  id: string;
  config: ShapeSettings;
  embedding: Manifest["embedding"];
  documents: CorpusDocument[];
  /** How many chunks each document made, before duplicates were collapsed. */
  chunksPerDocument: number[];
  /** Chunks in the index, after duplicates were collapsed. */
  chunkCount: number;
  duplicates: DuplicateGroup[];
  acronyms: CuratedAcronyms;
  warnings: string[];
  failures: SourceReport[];
  /** Sources that failed to read this time, kept with their previous records and chunks. */
  kept: Manifest["sources"];
}

/** The manifest without its file checksums, which the FileIndexWriter adds once the files are written. */
export function describeIndex(d: IndexDescription): Omit<Manifest, "files"> {
  return {
    schemaVersion: SCHEMA_VERSION,
    version: d.id,
    builtAt: new Date().toISOString(),
    embedding: d.embedding,
    chunking: { ...d.config.chunking, splitterVersion: SPLITTER_VERSION },
    hnsw: { space: "cosine", m: d.config.hnsw.m, efConstruction: EF_CONSTRUCTION, ef: d.config.hnsw.ef },
    acronymsHash: acronymsHash(d.acronyms),
    sources: [
      ...d.documents.map((doc, i) => ({
        file: doc.source,
        contentHash: doc.contentHash,
        metadataHash: metadataHash(doc),
        bytes: doc.bytes,
        title: doc.metadata.title,
        date: doc.metadata.date,
        type: doc.metadata.type,
        chunks: d.chunksPerDocument[i],
      })),
      ...d.kept,
    ],
    counts: { documents: d.documents.length + d.kept.length, chunks: d.chunkCount, duplicateGroups: d.duplicates.length },
    duplicates: d.duplicates,
    warnings: d.warnings,
    failures: d.failures,
  };
}

export function metadataHash(doc: CorpusDocument): string {
  return sha256(JSON.stringify(doc.metadata));
}

export function acronymsHash(curated: CuratedAcronyms): string {
  return sha256(JSON.stringify(Object.entries(curated).sort(([a], [b]) => (a < b ? -1 : 1))));
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
