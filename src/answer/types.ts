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
  /** How well the guidance answered and what the question was about (the gap report); absent when nothing was searched. */
  assessment?: Assessment;
  /** Why a configured language model's answer was not used, for the logs (never shown as is). */
  fallback?: { reason: string; kind?: string; status?: number };
}

export interface Assessment {
  /** The question as searched: personal data taken out by the guard. */
  redacted: string;
  /** The kind of answer asked for. */
  kind: string;
  /** The question's rarest words. */
  focus: string[];
  /** Vocabulary concepts (acronyms, practitioners' words, their formal forms) the question holds. */
  concepts: string[];
  topic: string;
  /** The answer model's chance that the best sentence answers. */
  confidence: number;
  /** Within the answer model's confident band (assessment.ts). */
  confident: boolean;
  /** The question described a child at immediate risk. */
  urgent: boolean;
}

export interface ConversationTurn {
  role: "user" | "assistant";
  text: string;
}

export interface AskOptions {
  history?: ConversationTurn[];
  filters?: SearchFilters;
}
