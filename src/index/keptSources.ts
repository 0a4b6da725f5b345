import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { SourceReport } from "../corpus/corpus.js";
import type { Chunk, CorpusDocument } from "../corpus/types.js";
import { verifyChecksums } from "./checksums.js";
import { CHUNKS_FILE, COLUMNS_FILE, openChunkStore, TEXTS_FILE } from "./chunkFiles.js";
import { SPLITTER_VERSION, type Manifest } from "./manifest.js";
import type { ShapeSettings } from "./settings.js";

/**
 * A source that was indexed before and cannot be read this time (a read error, a PDF that throws, an
 * empty extraction) keeps its previous chunks: a file damaged in place must not silently take its passages
 * out of the index. A file never indexed has nothing to keep and stays a plain failure.
 */

export type SourceRecord = Manifest["sources"][number];

export interface KeptSource {
  /** Its record in the previous manifest, with where its chunks were last read from. */
  record: SourceRecord & { keptFrom: { version: string; builtAt: string } };
  /** Plain chunks, their text in memory; their duplicates are worked out afresh with the rest. */
  chunks: Chunk[];
}

/** The failed sources that the previous version indexed: they are kept, not dropped. */
export function keepableFailures(previous: Manifest | null, sources: readonly SourceReport[]): SourceReport[] {
  const indexed = new Set(previous?.sources.map((s) => s.file) ?? []);
  return sources.filter((s) => s.status === "failed" && indexed.has(s.file));
}

/** Where a kept source's chunks were last read from: the version that last read it, or the previous one. */
export function keptFrom(previous: Manifest, file: string): { version: string; builtAt: string } {
  const record = previous.sources.find((s) => s.file === file);
  return record?.keptFrom ?? { version: previous.version, builtAt: previous.builtAt };
}

/** "kept its previous version from index version X (built 2025-01-02)", for the report and the warnings. */
export function keptPhrase(from: { version: string; builtAt: string }): string {
  return `kept its previous version from index version ${from.version} (built ${from.builtAt.slice(0, 10)})`;
}

/** Says in each kept source's report and in the warnings that its previous chunks still serve. */
export function markKept(sources: SourceReport[], warnings: string[], previous: Manifest, kept: readonly string[]): void {
  for (const source of sources) {
    if (!kept.includes(source.file)) continue;
    const phrase = keptPhrase(keptFrom(previous, source.file));
    warnings.push(`${source.file} could not be read (${source.reason ?? "unknown error"}); ${phrase}`);
    source.reason = `${source.reason ?? "unknown error"}; ${phrase}`;
  }
}

/**
 * The previous version's chunks of each failed source, read from its files after checking their
 * checksums. Chunks split with other settings are not mixed in: such a source is dropped, with a warning.
 * Only the chunks the previous version stored under the source are kept; a passage it held only as a
 * reprint of another document's stays findable there.
 */
export async function carryForward(
  previous: { dir: string; manifest: Manifest },
  failures: readonly SourceReport[],
  config: ShapeSettings,
  warnings: string[],
): Promise<KeptSource[]> {
  if (failures.length === 0) return [];
  const { manifest } = previous;
  const notKept = (why: string) => {
    for (const f of failures) warnings.push(`${f.file} could not be read, and its previous version could not be kept: ${why}`);
    return [];
  };
  const chunking = manifest.chunking;
  if (
    chunking.maxWords !== config.chunking.maxWords ||
    chunking.overlapSentences !== config.chunking.overlapSentences ||
    chunking.splitterVersion !== SPLITTER_VERSION
  )
    return notKept("the chunking settings changed since it was indexed");
  let stored: Chunk[];
  try {
    await verifyChecksums(previous.dir, pick(manifest.files, [CHUNKS_FILE, COLUMNS_FILE, TEXTS_FILE]), [
      CHUNKS_FILE,
      COLUMNS_FILE,
      TEXTS_FILE,
    ]);
    stored = openChunkStore(previous.dir, JSON.parse(await readFile(join(previous.dir, CHUNKS_FILE), "utf8")));
  } catch (e) {
    return notKept(`the previous index version ${manifest.version} is unreadable (${(e as Error).message})`);
  }
  const wanted = new Set(failures.map((f) => f.file));
  const bySource = new Map<string, Chunk[]>();
  for (const chunk of stored) {
    if (!wanted.has(chunk.source)) continue;
    const plain: Chunk = { ...(JSON.parse(JSON.stringify(chunk)) as Chunk), alsoIn: [] };
    bySource.set(chunk.source, [...(bySource.get(chunk.source) ?? []), plain]);
  }
  return failures.map((f) => {
    const record = manifest.sources.find((s) => s.file === f.file)!;
    const chunks = bySource.get(f.file) ?? [];
    return { record: { ...record, chunks: chunks.length, keptFrom: keptFrom(manifest, f.file) }, chunks };
  });
}

/** A kept source as the glossary reads a document: its stored text, chunk by chunk. */
export function glossaryDocument(kept: KeptSource): CorpusDocument {
  const { record } = kept;
  return {
    source: record.file,
    metadata: { title: record.title, publisher: "", date: record.date, type: record.type },
    text: kept.chunks.map((c) => c.text).join("\n\n"),
    pageStarts: [],
    breaks: [],
    contentHash: record.contentHash,
    bytes: record.bytes,
  };
}

function pick<T>(record: Record<string, T>, names: readonly string[]): Record<string, T> {
  return Object.fromEntries(names.filter((n) => n in record).map((n) => [n, record[n]]));
}
