import type { Locator } from "../corpus/types.js";
import type { Passage, SearchFilters } from "../retrieve/types.js";

export interface Citation {
  chunkId: string;
  source: string;
  title: string;
  date: string;
  url?: string;
  locator: Locator;
  /** Verbatim text of the source. */
  quote: string;
}

export type NoticeKind = "urgent" | "personal-data" | "old-document" | "fallback" | "not-covered" | "input";

export interface Notice {
  kind: NoticeKind;
  text: string;
}

export interface Answer {
  question: string;
  /** The question actually searched (follow-ups made standalone, personal data redacted). */
  standaloneQuestion: string;
  answered: boolean;
  /** The answer body shown to the user, without sources or notices. At most ~600 characters. */
  text: string;
  citations: Citation[];
  notices: Notice[];
  /** Ranked, best first. */
  passages: Passage[];
  /** When not answered: the closest documents' titles and dates. */
  closestDocuments: { source: string; title: string; date: string }[];
  /** Which answerer produced the text. */
  answeredBy: "extractive" | "llm" | "none";
  /** Why a configured language model's answer was not used, for the logs (never shown as is). */
  fallback?: { reason: string; kind?: string; status?: number };
}

export interface ConversationTurn {
  role: "user" | "assistant";
  text: string;
}

export interface AskOptions {
  history?: ConversationTurn[];
  filters?: SearchFilters;
}
