import type { SearchFilters } from "../retrieve/types.js";

/** Plain, JSON-serialisable data: every surface (CLI, terminal /quote, Slack) renders the same set. */

export type ExcerptSort = "relevance" | "date";

export interface Citation {
  title: string;
  publisher: string;
  /** ISO date of the document. */
  date: string;
  /** File name under CORPUS_DIR. */
  source: string;
  section: string | null;
  paragraph: string | null;
  page: number | null;
  /** Other files holding the same text. */
  alsoIn: string[];
  /** Where the document is published, when its metadata says. */
  url?: string;
}

export interface Excerpt {
  /** Exactly document.text.slice(start, end): never altered, never holding the "…" marks. */
  text: string;
  /** The source continues the paragraph before / after the excerpt (show "…" there). */
  leadingEllipsis: boolean;
  trailingEllipsis: boolean;
  citation: Citation;
  score: number;
  chunkId: string;
  /** Offsets in the document's cleaned text. */
  start: number;
  end: number;
}

export interface ExcerptGroup {
  source: string;
  title: string;
  publisher: string;
  date: string;
  excerpts: Excerpt[];
}

/** What the guards found in the topic (the urgent-contact message first), shown before the excerpts. */
export interface ExcerptNotice {
  kind: string;
  text: string;
}

export interface ExcerptSet {
  /** As searched: without any personal data the topic held. */
  topic: string;
  /** ISO timestamp. */
  madeAt: string;
  indexVersion: string;
  filters: SearchFilters;
  sort: ExcerptSort;
  groups: ExcerptGroup[];
  total: number;
  notices: ExcerptNotice[];
}
