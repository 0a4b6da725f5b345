import type { Answer, AskOptions, Notice } from "./answer/types.js";
import type { ExcerptSet, ExcerptSort } from "./excerpts/types.js";
import type { Passage, SearchFilters } from "./retrieve/types.js";

/** What the index says about itself, for App Home and status lines. */
export interface IndexStatus {
  version: string;
  builtAt: string;
  embeddingModel: string;
  chunkCount: number;
  documents: { source: string; title: string; date: string; type: string }[];
}

export interface ExcerptOptions {
  /** How many excerpts at most (default 8). */
  k?: number;
  sort?: ExcerptSort;
}

/** Ranked passages for a question, as searched (personal data out), with what the guards found. */
export interface PassageSet {
  searched: string;
  passages: Passage[];
  /** The urgent-contact message first, then the personal-data and input notices. */
  notices: Notice[];
}

/**
 * The one service every surface is handed (Slack, the terminal chat, the scripts, the answer thread),
 * built by the composition root (src/app/createService.ts). Surfaces receive it already built, so tests
 * can hand them a fake. Every request passes the same guards: urgent-contact message first, personal
 * data out of what is searched.
 */
export interface SafeguideService {
  answer(question: string, options?: AskOptions): Promise<Answer>;
  /** Verbatim excerpts on a topic, for trainers; the set's notices say what the guards found. */
  excerpts(topic: string, filters?: SearchFilters, options?: ExcerptOptions): Promise<ExcerptSet>;
  /** The ranked passages for a question, unanswered: `npm run ask`'s retrieval view. */
  passages(question: string, options: { k: number; filters?: SearchFilters }): Promise<PassageSet>;
  /** Only the documents the given audiences may see (none given: public documents only). */
  status(audiences?: string[]): Promise<IndexStatus>;
}
