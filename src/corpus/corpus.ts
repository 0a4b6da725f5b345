import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { cleanText } from "./clean.js";
import { LoadError, UnsupportedFormatError, loadFile } from "./loaders/index.js";
import { NOT_INDEXED, readMetadataRecords, resolveMetadata } from "./metadata.js";
import type { CorpusDocument } from "./types.js";

/** Reading the corpus folder: every file becomes a cleaned document, or a named failure. Nothing throws. */

export type SourceStatus = "added" | "changed" | "unchanged" | "removed" | "failed" | "skipped";

export interface SourceReport {
  file: string;
  status: SourceStatus;
  reason: string | null;
}

export interface CorpusReading {
  documents: CorpusDocument[];
  /** Files that could not be read, or were not of a supported format. */
  problems: SourceReport[];
  warnings: string[];
}

export interface ReadOptions {
  maxBytes: number;
  onFile?: (file: string, done: number, total: number) => void;
}

export async function listCorpusFiles(corpusDir: string): Promise<string[]> {
  const entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  return entries
    // Everything but folders: a named pipe, socket or device is reported as a failure, not left out unnamed.
    .filter((e) => !e.isDirectory())
    .map((e) => relative(corpusDir, join(e.parentPath ?? corpusDir, e.name)).split(sep).join("/"))
    .filter((file) => !file.split("/").some((part) => part.startsWith(".")) && !NOT_INDEXED.has(file))
    .sort();
}

export async function readCorpus(corpusDir: string, options: ReadOptions): Promise<CorpusReading> {
  const files = await listCorpusFiles(corpusDir);
  const { records, warnings } = await readMetadataRecords(corpusDir);
  const documents: CorpusDocument[] = [];
  const problems: SourceReport[] = [];
  for (const [i, file] of files.entries()) {
    options.onFile?.(file, i, files.length);
    try {
      const doc = await readDocument(corpusDir, file, options.maxBytes, records[file]);
      documents.push(doc.document);
      warnings.push(...doc.warnings);
    } catch (e) {
      problems.push(problemFor(file, e));
    }
  }
  options.onFile?.("", files.length, files.length);
  for (const name of Object.keys(records)) {
    if (!files.includes(name)) warnings.push(`metadata.json has a record for ${name}, which is not in the corpus`);
  }
  return { documents, problems, warnings };
}

async function readDocument(
  corpusDir: string,
  file: string,
  maxBytes: number,
  record: Parameters<typeof resolveMetadata>[1],
): Promise<{ document: CorpusDocument; warnings: string[] }> {
  const loaded = await loadFile(join(corpusDir, file), { maxBytes });
  const cleaned = cleanText(loaded);
  if (!/[\p{L}\p{N}]/u.test(cleaned.text)) throw new LoadError("no readable text");
  const { metadata, warnings } = resolveMetadata(file, record, cleaned.text);
  return {
    document: { source: file, metadata, ...cleaned, contentHash: loaded.contentHash, bytes: loaded.bytes },
    warnings: [...loaded.warnings.map((w) => `${file}: ${w}`), ...warnings],
  };
}

function problemFor(file: string, e: unknown): SourceReport {
  if (e instanceof UnsupportedFormatError) return { file, status: "skipped", reason: e.reason };
  if (e instanceof LoadError) return { file, status: "failed", reason: e.reason };
  return { file, status: "failed", reason: `unexpected error: ${(e as Error)?.message ?? String(e)}` };
}
