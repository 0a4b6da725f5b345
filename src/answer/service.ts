import type { Answer, AskOptions } from "./types.js";

/** What the index says about itself, for App Home and status lines. */
export interface IndexStatus {
  version: string;
  builtAt: string;
  embeddingModel: string;
  chunkCount: number;
  documents: { source: string; title: string; date: string; type: string }[];
}

/**
 * The one pipeline every surface calls (Slack, terminal, excerpts, eval). Surfaces receive it
 * already built, so tests can hand them a fake.
 */
export interface SafeguideService {
  answer(question: string, options?: AskOptions): Promise<Answer>;
  /** Only the documents the given audiences may see (none given: public documents only). */
  status(audiences?: string[]): Promise<IndexStatus>;
}
