import { readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { DATE_UNKNOWN, DOC_TYPES, type DocType, type DocumentMetadata } from "./types.js";

/**
 * Document metadata lives in corpus/metadata.json keyed by file name. A missing or faulty record never
 * stops a document from being indexed: the fields are inferred and a warning says so.
 */

export const METADATA_FILE = "metadata.json";
export const ACRONYMS_FILE = "acronyms.json";
/** Files in the corpus folder that describe it rather than belong to it. */
/** The admin's additions to the national practitioners' vocabulary (src/retrieve/vocabulary/). */
export const VOCABULARY_FILE = "vocabulary.json";
export const NOT_INDEXED = new Set(["README.md", METADATA_FILE, ACRONYMS_FILE, VOCABULARY_FILE]);

export type MetadataRecords = Record<string, Partial<Record<keyof DocumentMetadata, unknown>>>;

/** metadata.json exists but cannot be used: the reindex fails rather than index every document under wrong titles and dates. */
export class MetadataFileError extends Error {
  readonly file = METADATA_FILE;
  constructor(readonly reason: string) {
    super(`${METADATA_FILE} ${reason}; fix it (or remove it to infer every document's metadata) and reindex`);
    this.name = "MetadataFileError";
  }
}

/** The records of metadata.json; none (with a warning) when there is no such file. Throws MetadataFileError when it is unusable. */
export async function readMetadataRecords(corpusDir: string): Promise<{ records: MetadataRecords; warnings: string[] }> {
  let raw: string;
  try {
    raw = await readFile(join(corpusDir, METADATA_FILE), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { records: {}, warnings: [`${METADATA_FILE} not found: every document's metadata is inferred`] };
    throw new MetadataFileError(`could not be read (${code ?? (e as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new MetadataFileError(`is not valid JSON (${(e as Error).message})`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new MetadataFileError("is not an object keyed by file name");
  const notRecords = Object.entries(parsed).filter(([, r]) => !r || typeof r !== "object" || Array.isArray(r));
  if (notRecords.length) throw new MetadataFileError(`has an entry for ${notRecords[0][0]} that is not an object of fields`);
  return { records: parsed as MetadataRecords, warnings: [] };
}

/** The record for one file, completed from the file's name and text where fields are missing or wrong. */
export function resolveMetadata(file: string, record: MetadataRecords[string] | undefined, text: string): { metadata: DocumentMetadata; warnings: string[] } {
  const warnings: string[] = [];
  if (!record) warnings.push(`${file}: no record in ${METADATA_FILE}; title, date and type inferred`);
  const r = record ?? {};
  const title = nonEmptyString(r.title) ?? inferTitle(file, text);
  const date = resolveDate(file, r.date, warnings);
  const type = resolveType(file, r.type, !!record, warnings);
  const metadata: DocumentMetadata = {
    title,
    publisher: nonEmptyString(r.publisher) ?? "Unknown publisher",
    date,
    type,
  };
  const url = nonEmptyString(r.url);
  if (url) metadata.url = url;
  if (Array.isArray(r.audience) && r.audience.every((a) => typeof a === "string")) metadata.audience = r.audience;
  return { metadata, warnings };
}

/** The record's date, else one in the file name, else "" (undated: shown as "date unknown", never the newest). */
function resolveDate(file: string, value: unknown, warnings: string[]): string {
  if (value !== undefined) {
    if (typeof value === "string" && isValidIsoDate(value)) return value;
    warnings.push(`${file}: date ${JSON.stringify(value)} is not an ISO date (YYYY-MM-DD or YYYY-MM); inferred from the file name`);
  }
  const inferred = inferDate(file);
  if (!inferred) warnings.push(`${file}: no date in ${METADATA_FILE} or the file name; shown as "${DATE_UNKNOWN}"`);
  return inferred;
}

function resolveType(file: string, value: unknown, hasRecord: boolean, warnings: string[]): DocType {
  if (typeof value === "string" && (DOC_TYPES as readonly string[]).includes(value)) return value as DocType;
  if (hasRecord) warnings.push(`${file}: type ${JSON.stringify(value)} is not one of ${DOC_TYPES.join(", ")}; using "other"`);
  return "other";
}

/** YYYY-MM-DD, or YYYY-MM for a document known only to the month. */
export function isValidIsoDate(value: string): boolean {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * From a name like 2022-08-18-letter.pdf, 2022-08-letter.pdf or 2023-report.md; "" when the name holds no
 * year. A file's modification time is not its date: a copy or a checkout would make an old document the newest.
 */
export function inferDate(file: string): string {
  const m = /(19|20)(\d{2})(?:[-_.](\d{2}))?(?:[-_.](\d{2}))?/.exec(basename(file));
  if (!m) return "";
  // A name giving only the month is dated to the month, not to its first day.
  const candidate = m[3] && !m[4] ? `${m[1]}${m[2]}-${m[3]}` : `${m[1]}${m[2]}-${m[3] ?? "01"}-${m[4] ?? "01"}`;
  return isValidIsoDate(candidate) ? candidate : `${m[1]}${m[2]}-01-01`;
}

/** The first markdown heading, else the first short line, else the file name made readable. */
export function inferTitle(file: string, text: string): string {
  const heading = /^#{1,3}\s+(.+)$/m.exec(text)?.[1];
  if (heading) return heading.replace(/[*_#]/g, "").trim();
  const firstLine = text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.length >= 4 && l.length <= 120 && /[A-Za-z]/.test(l));
  if (firstLine) return firstLine;
  return basename(file, extname(file)).replace(/[-_]+/g, " ").trim();
}

function nonEmptyString(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}
