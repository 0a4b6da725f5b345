/** Plain data that flows from corpus files to chunks. */

export const DOC_TYPES = [
  "inspection-letter",
  "inspection-report",
  "committee-papers",
  "partnership-report",
  "procedure",
  "guidance",
  "other",
] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** How every surface shows the date of a document that has none (its `date` is ""). */
export const DATE_UNKNOWN = "date unknown";

export interface DocumentMetadata {
  title: string;
  publisher: string;
  /** ISO date, YYYY-MM-DD; "" when neither the metadata nor the file name gives one. */
  date: string;
  type: DocType;
  url?: string;
  /** Who may see the document; absent means everyone. */
  audience?: string[];
}

/** What a format loader returns: the file's text and where each page starts in it. */
export interface LoadedText {
  text: string;
  /** pageStarts[i] is the offset in `text` where page i+1 begins; empty when the format has no pages. */
  pageStarts: number[];
  /** Offsets in `text` where markup was blanked out: like removed furniture, no sentence may run across one. */
  markup?: number[];
  warnings: string[];
}

/** A document after cleaning: the text every chunk and quote is cut from. */
export interface CorpusDocument {
  source: string;
  metadata: DocumentMetadata;
  text: string;
  /** pageStarts[i] is the offset in `text` where page i+1 begins. */
  pageStarts: number[];
  /** Offsets in `text` where page furniture was removed: no sentence may span one. */
  breaks: number[];
  /** sha256 of the file's bytes. */
  contentHash: string;
  bytes: number;
}

export interface Locator {
  page: number | null;
  paragraph: string | null;
  section: string | null;
}

/** The locator in force from `at` on (an offset in a document, or in a chunk's text for a chunk's marks). */
export interface LocatorMark extends Locator {
  at: number;
}

/** One place a chunk's text occurs. */
export interface Occurrence {
  source: string;
  title: string;
  date: string;
  type: DocType;
  locator: Locator;
  start: number;
  end: number;
}

export interface Chunk {
  /** Stable: derived from source, offsets and content. */
  id: string;
  source: string;
  title: string;
  publisher: string;
  date: string;
  type: DocType;
  audience?: string[];
  url?: string;
  headingPath: string[];
  locator: Locator;
  /** Where page, numbered paragraph or section change within the chunk, the locator at its start first. */
  marks?: LocatorMark[];
  /** text === document.text.slice(start, end) */
  start: number;
  end: number;
  text: string;
  /** sha256 of the whitespace-folded text. */
  contentHash: string;
  /** Other places the same (or nearly the same) text occurs. */
  alsoIn: Occurrence[];
}
