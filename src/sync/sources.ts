import { readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { NOT_INDEXED } from "../corpus/metadata.js";
import { DOC_TYPES } from "../corpus/types.js";

/**
 * corpus/sources.json: the published documents the corpus follows, a list of
 * `{"url", "file"?, "title"?, "type"?, "date"?, "audience"?}`. A bad entry is named and stops the sync
 * before anything is fetched: a typo must not quietly drop a document.
 */

export const SOURCES_FILE = "sources.json";

export interface SourceEntry {
  url: string;
  /** The file name under CORPUS_DIR; by default the URL's last path segment. */
  file?: string;
  title?: string;
  type?: string;
  date?: string;
  audience?: string[];
}

export class SourcesFileError extends Error {}

export async function readSources(corpusDir: string): Promise<SourceEntry[]> {
  let raw: string;
  try {
    raw = await readFile(join(corpusDir, SOURCES_FILE), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourcesFileError(`${SOURCES_FILE} could not be read in ${corpusDir} (${code ?? (error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new SourcesFileError(`${SOURCES_FILE} is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new SourcesFileError(`${SOURCES_FILE} must be a list of {"url", "file"?, ...}`);
  const entries = parsed.map((entry, i) => checkEntry(entry, i));
  const files = entries.map((e) => e.file ?? fileNameFor(e.url));
  const twice = files.find((f, i) => f && files.indexOf(f) !== i);
  if (twice) throw new SourcesFileError(`${SOURCES_FILE}: two entries would write ${twice}; give each a "file"`);
  return entries;
}

function checkEntry(entry: unknown, i: number): SourceEntry {
  const where = `${SOURCES_FILE} entry ${i + 1}`;
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) throw new SourcesFileError(`${where} is not an object`);
  const e = entry as Record<string, unknown>;
  if (typeof e.url !== "string" || !/^https?:\/\//i.test(e.url) || !URL.canParse(e.url)) {
    throw new SourcesFileError(`${where}: "url" must be an http(s) URL`);
  }
  for (const key of ["file", "title", "type", "date"] as const) {
    if (e[key] !== undefined && (typeof e[key] !== "string" || !e[key]))
      throw new SourcesFileError(`${where}: "${key}" must be a non-empty string`);
  }
  if (typeof e.file === "string" && !safeFileName(e.file)) {
    throw new SourcesFileError(`${where}: "file" must be a plain file name in CORPUS_DIR (no folders, not ${[...NOT_INDEXED].join(", ")})`);
  }
  if (typeof e.type === "string" && !(DOC_TYPES as readonly string[]).includes(e.type)) {
    throw new SourcesFileError(`${where}: "type" must be one of ${DOC_TYPES.join(", ")}`);
  }
  if (typeof e.date === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(e.date)) throw new SourcesFileError(`${where}: "date" must be YYYY-MM-DD`);
  if (e.audience !== undefined && (!Array.isArray(e.audience) || !e.audience.every((a) => typeof a === "string" && a))) {
    throw new SourcesFileError(`${where}: "audience" must be a list of names`);
  }
  return e as unknown as SourceEntry;
}

/** The URL's last path segment when it is a usable file name; else "" (the type decides it at fetch time). */
export function fileNameFor(url: string): string {
  const name = decodeURIComponent(basename(new URL(url).pathname));
  return safeFileName(name) && extname(name) ? name : "";
}

export function safeFileName(name: string): boolean {
  return name === basename(name) && !name.startsWith(".") && !/[\\/\0]/.test(name) && !NOT_INDEXED.has(name) && name !== SOURCES_FILE;
}
