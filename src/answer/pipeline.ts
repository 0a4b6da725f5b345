import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { PreparedIndex } from "../retrieve/indexDerived.js";
import { queryFor } from "../retrieve/lexicon.js";
import { retrieve, type RetrievalSettings } from "../retrieve/search.js";
import type { Passage } from "../retrieve/types.js";
import { quotedBody } from "./body.js";
import { assessQuestion } from "./assessment.js";
import { PASSAGE_ANALYSES } from "./candidates.js";
import { coveredText, nearestText } from "./covered.js";
import { extractAnswer } from "./extractive.js";
import { carryTopic } from "./followUp.js";
import { guardHistory, guardQuestion } from "./guards/guardQuestion.js";
import { withoutPersonalData } from "./guards/withoutPersonalData.js";
import { answerWithLlm } from "./llm/llmAnswer.js";
import { condenseFollowUp } from "./llm/condense.js";
import { ANSWER_MODEL } from "./model/weights.js";
import { notCoveredText, oldDocumentNotice } from "./render.js";
import type { Answer, AskOptions, Notice } from "./types.js";

/** The one pipeline every surface calls: guard → retrieve → answer → verify → shape. */

export interface AnswerContext {
  snapshot: PreparedIndex;
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
  const guarded = guardQuestion(question, context.snapshot, context.contacts);
  const { notices, names } = guarded;
  const blank = emptyAnswer(question, guarded.cleaned, notices);
  if (guarded.empty) return blank;
  const safeQuestion = guarded.searchable;
  const history = guardHistory(options.history ?? [], names);
  // A model's rewrite is text from outside too: it is searched only without personal data.
  const standalone =
    context.model && history.length
      ? withoutPersonalData(await condenseFollowUp(context.model, history, safeQuestion, names), names)
      : carryTopic(history, safeQuestion);
  const query = queryFor(context.snapshot, standalone);
  const passages = await retrieve(context.snapshot, query, {
    k: Math.max(10, context.passagesReturned ?? 10),
    filters: options.filters,
    settings: context.retrieval,
  });
  await yieldToEventLoop();
  const extracted = extractAnswer(query, passages, ANSWER_MODEL, context.snapshot.derived.perChunk(PASSAGE_ANALYSES));
  // The question as the asker put it (redacted), not the follow-up made standalone, is what a gap record keeps.
  const urgent = notices.some((n) => n.kind === "urgent");
  const assessment = assessQuestion(
    standalone === safeQuestion ? query : queryFor(context.snapshot, safeQuestion),
    extracted.confidence,
    ANSWER_MODEL.threshold,
    urgent,
  );
  const base = { ...blank, standaloneQuestion: standalone, passages, assessment };
  if (!extracted.answered) {
    // Under the urgent-contact message, nothing that does not answer: no nearest passage, no documents.
    const covered = urgent
      ? null
      : (nearestText(extracted.sentences, extracted.shortfall ?? "it may not be what was asked") ?? coveredText(query, passages));
    return {
      ...base,
      text: notCoveredText(context.contacts, covered),
      closestDocuments: urgent ? [] : closest(passages),
      notices: [...notices, { kind: "not-covered", text: "The indexed local guidance does not answer this." }],
    };
  }
  if (context.model) {
    const llm = await answerWithLlm(context.model, safeQuestion, passages.slice(0, PASSAGES_TO_MODEL), history, names);
    if (llm.ok) return finish({ ...base, answered: true, answeredBy: "llm", text: llm.text, citations: llm.citations }, notices, context);
    notices.push({ kind: "fallback", text: fallbackText(llm.reason) });
    const fallback = { reason: llm.reason, ...llm.failure };
    const { text, citations } = quotedBody(extracted.sentences);
    return finish({ ...base, answered: true, answeredBy: "extractive", text, citations, fallback }, notices, context);
  }
  const { text, citations } = quotedBody(extracted.sentences);
  return finish({ ...base, answered: true, answeredBy: "extractive", text, citations }, notices, context);
}

/** Answer work comes in short slices so a server's acknowledgements are never queued behind it. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function emptyAnswer(question: string, text: string, notices: Notice[]): Answer {
  return {
    question,
    standaloneQuestion: text,
    answered: false,
    text: "",
    citations: [],
    notices,
    passages: [],
    closestDocuments: [],
    answeredBy: "none",
  };
}

function finish(a: Answer, notices: Notice[], context: AnswerContext): Answer {
  const old = oldDocumentNotice(a.citations, context.now ?? new Date());
  return { ...a, notices: old ? [...notices, old] : notices };
}

function closest(passages: Passage[]): Answer["closestDocuments"] {
  const seen = new Map<string, Answer["closestDocuments"][number]>();
  for (const p of passages) if (!seen.has(p.source)) seen.set(p.source, { source: p.source, title: p.title, date: p.date });
  return [...seen.values()].slice(0, 3);
}

function fallbackText(reason: string): string {
  const why =
    reason === "timeout"
      ? "did not answer in time"
      : reason === "provider-error"
        ? "was unavailable"
        : reason === "failed-checks"
          ? "gave an answer that did not pass the checks on what it may say"
          : "gave no answer it could back with a verified quote";
  return `The language model ${why}, so this answer is quoted directly from the guidance.`;
}
