import type { Locator } from "../corpus/types.js";
import { formatDate, isOlderDocument } from "../corpus/dates.js";
import type { Answer, Citation, Notice, NoticeKind } from "./types.js";

/**
 * What every surface shows of an answer, decided once: notices in one order (urgent first), dates in
 * words ("18 August 2022", or "date unknown"), where in a document each quote sits, and the quotes of one
 * document section under one source entry. Slack, the terminal and JSON only lay this out.
 */

export interface AnswerView {
  answered: boolean;
  /** The urgent-contact message, when there is one: always shown before anything else. */
  urgent: string | null;
  body: string;
  sources: SourceView[];
  /** When not answered: the closest documents, so the asker knows where the guidance comes nearest. */
  closest: DocumentView[];
  /** Other notices in the order they are shown. */
  notices: Notice[];
}

export interface DocumentView {
  title: string;
  source: string;
  date: string;
  /** Older than OLD_DOCUMENT_YEARS: it records the position then. */
  older: boolean;
}

export interface SourceView extends DocumentView {
  /** "section “Help and protection”, paragraph 12, page 4"; empty when nothing is known. */
  where: string;
  url?: string;
  /** The first quoted chunk, for "Show passage". */
  chunkId: string;
  quotes: string[];
}

const NOTICE_ORDER: NoticeKind[] = ["urgent", "personal-data", "input", "fallback", "not-covered", "old-document"];

export function answerView(answer: Answer, now: Date = new Date()): AnswerView {
  const urgent = answer.notices.find((n) => n.kind === "urgent")?.text ?? null;
  return {
    answered: answer.answered,
    urgent,
    body: answer.text.trim() || (answer.answered ? "" : "The local guidance doesn't say."),
    sources: sourcesOf(answer.citations, now),
    closest: answer.answered
      ? []
      : answer.closestDocuments.map((d) => ({ ...d, date: formatDate(d.date), older: isOlderDocument(d.date, now) })),
    notices: answer.notices
      .filter((n) => n.kind !== "urgent" && n.kind !== "not-covered")
      .sort((a, b) => NOTICE_ORDER.indexOf(a.kind) - NOTICE_ORDER.indexOf(b.kind)),
  };
}

/** Where in a document: "section “Help”, paragraphs 3 and 5, page 4", from one or more locators of one section. */
export function whereText(...locators: Locator[]): string {
  const section = locators[0]?.section;
  const list = (values: (string | number | null | undefined)[], one: string, many: string) => {
    const distinct = [...new Set(values.filter((v) => v !== null && v !== undefined && v !== "").map(String))];
    if (!distinct.length) return null;
    // "93–94": one locator whose quote runs over two numbered paragraphs.
    if (distinct.length === 1) return `${distinct[0].includes("–") ? many : one} ${distinct[0]}`;
    return `${many} ${distinct.slice(0, -1).join(", ")} and ${distinct.at(-1)}`;
  };
  return [
    section ? `section “${section}”` : null,
    list(
      locators.map((l) => l.paragraph),
      "paragraph",
      "paragraphs",
    ),
    list(
      locators.map((l) => l.page),
      "page",
      "pages",
    ),
  ]
    .filter(Boolean)
    .join(", ");
}

function sourcesOf(citations: Citation[], now: Date): SourceView[] {
  const bySection = new Map<string, { view: SourceView; locators: Locator[] }>();
  for (const c of citations) {
    const key = `${c.source}\u0000${c.locator.section ?? ""}`;
    const existing = bySection.get(key);
    if (existing) {
      if (!existing.view.quotes.includes(c.quote)) existing.view.quotes.push(c.quote);
      existing.locators.push(c.locator);
      existing.view.where = whereText(...existing.locators);
      continue;
    }
    const view: SourceView = {
      title: c.title || c.source,
      source: c.source,
      date: formatDate(c.date),
      older: isOlderDocument(c.date, now),
      where: whereText(c.locator),
      ...(c.url ? { url: c.url } : {}),
      chunkId: c.chunkId,
      quotes: [c.quote],
    };
    bySection.set(key, { view, locators: [c.locator] });
  }
  return [...bySection.values()].map((s) => s.view);
}
