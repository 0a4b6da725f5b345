import type { LoadedText } from "./types.js";

/**
 * Cleaning keeps quotes honest: the cleaned text differs from the loaded text only by whitespace,
 * words re-joined across a hyphenated line break, and removed page furniture. Every chunk and quote is
 * cut from the cleaned text, so each stays verbatim (DESIGN.md, "Verbatim").
 */

export interface CleanedText {
  text: string;
  pageStarts: number[];
  /** Offsets where furniture was removed; text on either side must not be quoted as one sentence. */
  breaks: number[];
}

interface Line {
  text: string;
  page: number;
  /** Where the line starts in the loaded text. */
  offset: number;
}

const BLANK_PAGE = /^this page (is )?(has been )?(intentionally|deliberately) (left )?blank\.?$/i;
const PAGE_NUMBER = /^(page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s+of\s+\d{1,4})?$/i;
const REPEATED_LINE_MAX_CHARS = 90;
const REPEATED_LINE_MIN_PAGES = 3;

export function cleanText(loaded: LoadedText): CleanedText {
  const text = loaded.text.includes("\r") ? loaded.text.replace(/\r\n?/g, "\n") : loaded.text;
  // Walked twice (the running furniture, then the text) rather than held.
  const lines = () => joinHyphenatedLines(rawLines(text, loaded.pageStarts));
  const furniture = findRunningFurniture(lines, loaded.pageStarts.length);
  const out = new TextBuilder();
  let paragraphOpen = false;
  let removedSinceText = false;
  const markup = loaded.markup ?? [];
  let nextMarkup = 0;
  for (const line of lines()) {
    out.notePage(line.page);
    // Markup blanked out since the last line of text, or at this line's start: the text either side is not one run.
    const textStart = line.offset + (line.text.length - line.text.trimStart().length);
    if (nextMarkup < markup.length && markup[nextMarkup] <= textStart) {
      while (nextMarkup < markup.length && markup[nextMarkup] <= textStart) nextMarkup++;
      if (out.length > 0) removedSinceText = true;
    }
    const trimmed = normaliseSpaces(line.text);
    if (isFurniture(trimmed, furniture)) {
      removedSinceText = true;
      continue;
    }
    if (trimmed === "") {
      paragraphOpen = false;
      continue;
    }
    if (out.length === 0) out.append("", trimmed);
    else if (paragraphOpen && !removedSinceText) out.append("\n", trimmed);
    else if (!removedSinceText && continuesSentence(out.tail(), trimmed)) out.append(" ", trimmed);
    else {
      if (removedSinceText) out.markBreak();
      out.append("\n\n", trimmed);
    }
    paragraphOpen = true;
    removedSinceText = false;
  }
  return out.result();
}

/**
 * The lines one at a time: a 45 MB file as an array of line objects would cost several times its size,
 * while lines made and dropped one by one die young.
 */
function* rawLines(text: string, pageStarts: number[]): Generator<Line> {
  let page = 0;
  for (let offset = 0; offset <= text.length; ) {
    let end = text.indexOf("\n", offset);
    if (end < 0) end = text.length;
    while (page < pageStarts.length && pageStarts[page] <= offset) page++;
    yield { text: text.slice(offset, end), page, offset };
    offset = end + 1;
  }
}

/**
 * "safe-" at a line end followed by "guarding" becomes "safeguarding" on one line, also across the blank
 * lines a page break leaves in extracted text ("well-", blank, "embedded").
 */
function* joinHyphenatedLines(lines: Iterable<Line>): Generator<Line> {
  let prev: Line | null = null;
  let blanks: Line[] = [];
  for (const line of lines) {
    const hyphenated = prev !== null && /[A-Za-z]-\s*$/.test(prev.text) && !/\s-\s*$/.test(prev.text);
    if (hyphenated && line.text.trim() === "") {
      blanks.push(line);
      continue;
    }
    if (hyphenated && /^\s*[a-z]/.test(line.text)) {
      prev = { ...prev!, text: prev!.text.replace(/-\s*$/, "") + line.text.trimStart() };
    } else {
      if (prev) yield prev;
      yield* blanks;
      prev = line;
    }
    blanks = [];
  }
  if (prev) yield prev;
  yield* blanks;
}

/** A line that needs no change is returned as it is: a copy of every line would double a large file's text. */
function normaliseSpaces(line: string): string {
  const spaced = /\u00a0| {2}|\t/.test(line) ? line.replace(/[\u00a0 ]+/g, " ").replace(/ ?\t[\t ]*/g, "\t") : line;
  return spaced.trim();
}

function isFurniture(line: string, running: Set<string>): boolean {
  return BLANK_PAGE.test(line) || PAGE_NUMBER.test(line) || running.has(line);
}

/**
 * Short lines repeated at the top or bottom of many pages are running headers or footers (digits may
 * differ: "Page 3 of 40"). Only paged documents have them.
 */
function findRunningFurniture(lines: () => Iterable<Line>, pageCount: number): Set<string> {
  const running = new Set<string>();
  if (pageCount < REPEATED_LINE_MIN_PAGES) return running;
  const edges = pageEdges(lines()).map((line) => ({ text: normaliseSpaces(line.text), page: line.page }));
  const pagesByLine = new Map<string, Set<number>>();
  for (const { text, page } of edges) {
    if (!text || text.length > REPEATED_LINE_MAX_CHARS) continue;
    const key = text.replace(/\d+/g, "#");
    pagesByLine.set(key, (pagesByLine.get(key) ?? new Set()).add(page));
  }
  const threshold = Math.max(REPEATED_LINE_MIN_PAGES, Math.ceil(pageCount / 2));
  for (const { text } of edges) {
    const pages = pagesByLine.get(text.replace(/\d+/g, "#"));
    if (pages && pages.size >= threshold) running.add(text);
  }
  return running;
}

/** The first and last two non-blank lines of each page: where running headers and footers sit. */
function pageEdges(lines: Iterable<Line>): Line[] {
  const edges: Line[] = [];
  let page: Line[] = [];
  const close = () => edges.push(...(page.length <= 4 ? page : [...page.slice(0, 2), ...page.slice(-2)]));
  for (const line of lines) {
    if (!line.text.trim()) continue;
    if (page.length && page[0].page !== line.page) {
      close();
      page = [];
    }
    // Only the first two and the last two of a page are ever needed.
    if (page.length === 4) page.splice(2, 1);
    page.push(line);
  }
  close();
  return edges;
}

/** A paragraph broken by a page turn: the earlier part has no closing punctuation, the next starts lower case. */
function continuesSentence(previous: string, next: string): boolean {
  return /[a-z,;]$/.test(previous) && /^[a-z]/.test(next);
}

class TextBuilder {
  private parts: string[] = [];
  length = 0;
  private last = "";
  private seenPages = 0;
  private pendingPages = 0;
  private pageStarts: number[] = [];
  private breaks: number[] = [];

  notePage(page: number): void {
    if (page > this.seenPages) {
      this.pendingPages += page - this.seenPages;
      this.seenPages = page;
    }
  }
  append(separator: string, text: string): void {
    for (; this.pendingPages > 0; this.pendingPages--) this.pageStarts.push(this.length + separator.length);
    this.parts.push(separator, text);
    this.length += separator.length + text.length;
    this.last = text;
  }
  markBreak(): void {
    this.breaks.push(this.length);
  }
  tail(): string {
    return this.last.slice(-2);
  }
  result(): CleanedText {
    const text = this.parts.join("");
    for (; this.pendingPages > 0; this.pendingPages--) this.pageStarts.push(text.length);
    return { text, pageStarts: this.pageStarts, breaks: this.breaks };
  }
}
