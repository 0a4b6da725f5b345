import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { IndexSnapshot } from "../index/snapshot.js";
import { termsOf } from "../index/terms.js";
import { expansionsOf } from "../retrieve/expand.js";
import { idfFor, retrieve, type RetrievalSettings } from "../retrieve/search.js";
import type { Passage } from "../retrieve/types.js";
import { decideAbstention } from "./abstain.js";
import { extractAnswer, MAX_QUOTE_CHARS, type Lexicon, type SelectedSentence } from "./extractive.js";
import { carryTopic } from "./followUp.js";
import { documentNameOptions } from "./guards/documentNames.js";
import { findPersonalData } from "./guards/personalData.js";
import { withoutPersonalData } from "./guards/withoutPersonalData.js";
import { prepareQuestion } from "./guards/questionInput.js";
import { describesImmediateRisk, urgentMessage } from "./guards/urgentRisk.js";
import { advisesAgainstReferral } from "./llm/claimCheck.js";
import { answerWithLlm } from "./llm/llmAnswer.js";
import { condenseFollowUp } from "./llm/condense.js";
import { formatMonthYear, notCoveredText, oldDocumentNotice } from "./render.js";
import type { Answer, AskOptions, Citation, Notice } from "./types.js";

/** The one pipeline every surface calls: guard → retrieve → answer → verify → shape. */

export interface AnswerContext {
  snapshot: IndexSnapshot;
  contacts: { urgent: string | null; local: string | null };
  /** A chat model when a provider is configured; otherwise the extractive answer only. */
  model?: BaseChatModel | null;
  passagesReturned?: number;
  retrieval?: RetrievalSettings;
  /** "today", for telling old documents from current ones. */
  now?: Date;
}

const PASSAGES_TO_MODEL = 6;

export async function answer(question: string, context: AnswerContext, options: AskOptions = {}): Promise<Answer> {
  await yieldToEventLoop();
  const prepared = prepareQuestion(question);
  const notices: Notice[] = [...prepared.notices];
  const blank = emptyAnswer(question, prepared.text, notices);
  if (prepared.empty) return blank;
  const names = documentNameOptions(context.snapshot);
  if (describesImmediateRisk(prepared.text, names.isCorpusWord)) notices.unshift({ kind: "urgent", text: urgentMessage(context.contacts) });
  if (findPersonalData(prepared.text, names).length) {
    notices.push({ kind: "personal-data", text: "Please don't share identifiable details here. Personal details were removed before searching." });
  }
  // Searched and answered without the personal data, not with placeholders standing in for it.
  const safeQuestion = withoutPersonalData(prepared.text, names);
  const history = options.history ?? [];
  const standalone = context.model && history.length
    ? await condenseFollowUp(context.model, history, safeQuestion, names)
    : carryTopic(history, safeQuestion);
  const passages = await retrieve(context.snapshot, standalone, {
    k: Math.max(10, context.passagesReturned ?? 10),
    filters: options.filters,
    settings: context.retrieval,
  });
  await yieldToEventLoop();
  const snapshot = context.snapshot;
  const found = extractAnswer(standalone, passages, lexiconOf(snapshot));
  // A document can carry planted text: a sentence telling the reader not to refer or report is never quoted as the answer.
  const extracted = { ...found, sentences: found.sentences.filter((s) => !advisesAgainstReferral(s.text)) };
  const base = { ...blank, standaloneQuestion: standalone, passages };
  if (!decideAbstention(extracted).answered) {
    return { ...base, text: notCoveredText(context.contacts), closestDocuments: closest(passages),
      notices: [...notices, { kind: "not-covered", text: "The indexed local guidance does not answer this." }] };
  }
  if (context.model) {
    const llm = await answerWithLlm(context.model, safeQuestion, passages.slice(0, PASSAGES_TO_MODEL), history, names);
    if (llm.ok) return finish({ ...base, answered: true, answeredBy: "llm", text: llm.text, citations: llm.citations }, notices, context);
    notices.push({ kind: "fallback", text: fallbackText(llm.reason) });
  }
  const { text, citations } = extractiveText(extracted.sentences);
  return finish({ ...base, answered: true, answeredBy: "extractive", text, citations }, notices, context);
}

function lexiconOf(snapshot: IndexSnapshot): Lexicon {
  const expand = (text: string) => expansionsOf(snapshot, text);
  const known = (word: string) => termsOf(word).some((t) => snapshot.lexical.documentFrequency(t) > 0) || expand(word).length > 0;
  return { idf: idfFor(snapshot), expand, known };
}

/** Answer work comes in short slices so a server's acknowledgements are never queued behind it. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function emptyAnswer(question: string, text: string, notices: Notice[]): Answer {
  return { question, standaloneQuestion: text, answered: false, text: "", citations: [], notices, passages: [], closestDocuments: [], answeredBy: "none" };
}

function finish(a: Answer, notices: Notice[], context: AnswerContext): Answer {
  const old = oldDocumentNotice(a.citations, context.now ?? new Date());
  return { ...a, notices: old ? [...notices, old] : notices };
}

/** The chosen sentences, verbatim and in quotation marks, introduced by their document and its date. */
function extractiveText(sentences: SelectedSentence[]): { text: string; citations: Citation[] } {
  const lines: string[] = [];
  const citations: Citation[] = [];
  let lastSource = "";
  for (const s of sentences) {
    const quote = s.text.length > MAX_QUOTE_CHARS ? `${cutAtWord(s.text, MAX_QUOTE_CHARS)}` : s.text;
    const quoted = `“${quote}${quote === s.text ? "" : " …"}”`;
    if (s.passage.source === lastSource) lines[lines.length - 1] += ` ${quoted}`;
    else lines.push(`${lead(s.passage)}: ${quoted}`);
    lastSource = s.passage.source;
    citations.push(citationOf(s.passage, quote));
  }
  return { text: lines.join("\n"), citations };
}

function lead(p: Passage): string {
  return `${shortTitle(p.title)} (${formatMonthYear(p.date)})`;
}

function shortTitle(title: string): string {
  return title.length > 70 ? `${title.slice(0, title.lastIndexOf(" ", 67))}…` : title;
}

function cutAtWord(text: string, max: number): string {
  return text.slice(0, text.lastIndexOf(" ", max));
}

function citationOf(p: Passage, quote: string): Citation {
  return { chunkId: p.id, source: p.source, title: p.title, date: p.date, ...(p.url ? { url: p.url } : {}), locator: p.locator, quote };
}

function closest(passages: Passage[]): Answer["closestDocuments"] {
  const seen = new Map<string, Answer["closestDocuments"][number]>();
  for (const p of passages) if (!seen.has(p.source)) seen.set(p.source, { source: p.source, title: p.title, date: p.date });
  return [...seen.values()].slice(0, 3);
}

function fallbackText(reason: string): string {
  const why =
    reason === "timeout" ? "did not answer in time"
    : reason === "provider-error" ? "was unavailable"
    : reason === "failed-checks" ? "gave an answer that did not pass the checks on what it may say"
    : "gave no answer it could back with a verified quote";
  return `The language model ${why}, so this answer is quoted directly from the guidance.`;
}
