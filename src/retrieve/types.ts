import type { DocType, Locator, LocatorMark } from "../corpus/types.js";

export interface SearchFilters {
  sources?: string[];
  types?: DocType[];
  /** ISO dates, inclusive. */
  since?: string;
  until?: string;
  /** The asker's audiences; a document with an audience list is shown only to those in it. None: public only. */
  audiences?: string[];
}

/** A retrieved chunk, ready to show or cite. */
export interface Passage {
  id: string;
  text: string;
  score: number;
  source: string;
  title: string;
  publisher?: string;
  date: string;
  type: DocType;
  url?: string;
  /** The document's audience list; absent when it is public. */
  audience?: string[];
  locator: Locator;
  /** The chunk's locator marks, for placing a quote cut from it (corpus/locate.ts). */
  marks?: LocatorMark[];
  headingPath: string[];
  /** Other files holding the same text. */
  alsoIn: string[];
  start: number;
  end: number;
}

/** The machine-output shape of a passage (DESIGN.md, "Machine output"). */
export interface PassageJson {
  id: string;
  text: string;
  score: number;
  source: string;
  title: string;
  date: string;
  type: DocType;
  locator: Locator;
  also_in: string[];
}

export function toPassageJson(p: Passage): PassageJson {
  return {
    id: p.id,
    text: p.text,
    score: Number(p.score.toFixed(6)),
    source: p.source,
    title: p.title,
    date: p.date,
    type: p.type,
    locator: p.locator,
    also_in: p.alsoIn,
  };
}
