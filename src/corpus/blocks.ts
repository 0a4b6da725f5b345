/**
 * The structure of a cleaned document: blocks separated by blank lines, each a heading, paragraph,
 * list or table, with the heading path above it and a paragraph number where the document has one.
 */

export type BlockKind = "heading" | "paragraph" | "list" | "table";

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  /** Headings above this block, outermost first (a heading block's own path includes itself). */
  headingPath: string[];
  /** "2.11" for a paragraph numbered 2.11 in the source. */
  paragraphNumber: string | null;
}

const MARKDOWN_HEADING = /^(#{1,6})\s+(.+?)\s*#*$/;
const AGENDA_HEADING = /^\d{1,2}:\s+\S/;
export const PARAGRAPH_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){1,3}|\d{1,3}(?=[.)]))[.)]?\s+(?=\S)/;
const LIST_ITEM = /^\s*([-*•✓▪◦]|\(?[a-z]\)|\(?[ivx]+\))\s+/;
const TITLE_LINE_MAX_WORDS = 12;
/** Title lines rank below any markdown heading. */
const TITLE_LEVEL = 7;

export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const path: { level: number; title: string }[] = [];
  const spans = paragraphSpans(text);
  const inShortLineRun = shortLineRuns(spans.map((s) => text.slice(s.start, s.end)));
  // A document that marks its headings has said which lines are headings: a short line of its is text.
  const marksHeadings = /^#{1,6}\s+\S/m.test(text);
  for (const [i, { start, end }] of spans.entries()) {
    const body = text.slice(start, end);
    const heading = headingOf(body, inShortLineRun[i] || marksHeadings);
    if (heading) {
      while (path.length && path[path.length - 1].level >= heading.level) path.pop();
      path.push(heading);
    }
    blocks.push({
      kind: heading ? "heading" : kindOf(body),
      start,
      end,
      text: body,
      headingPath: path.map((h) => h.title),
      paragraphNumber: heading ? null : (PARAGRAPH_NUMBER.exec(body)?.[1] ?? null),
    });
  }
  return blocks;
}

function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  for (let m = separator.exec(text); ; m = separator.exec(text)) {
    const end = m ? m.index : text.length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return spans;
}

function headingOf(body: string, inShortLineRun: boolean): { level: number; title: string } | null {
  if (body.includes("\n")) return null;
  const md = MARKDOWN_HEADING.exec(body);
  if (md) return { level: md[1].length, title: stripEmphasis(md[2]) };
  if (/^\*\*[^*]+\*\*$/.test(body)) return { level: TITLE_LEVEL, title: stripEmphasis(body) };
  if (inShortLineRun) return null;
  if (AGENDA_HEADING.test(body) && wordsIn(body) <= TITLE_LINE_MAX_WORDS * 2) return { level: TITLE_LEVEL, title: body };
  if (isTitleLine(body)) return { level: TITLE_LEVEL, title: body };
  return null;
}

function isTitleLine(body: string): boolean {
  const words = wordsIn(body);
  return (
    words >= 1 &&
    words <= TITLE_LINE_MAX_WORDS &&
    /^[A-Z]/.test(body) &&
    !/[.,;:\-–]$/.test(body) &&
    !LIST_ITEM.test(body) &&
    !body.includes("\t") &&
    !body.includes("|") &&
    !/[.!?]\s+[A-Z]/.test(body) &&
    !CONTACT_OR_LABEL.test(body)
  );
}

/** Addresses, phone numbers, emails, web links and "Label: value" lines are furniture, not titles. */
const CONTACT_OR_LABEL = /@|www\.|https?:|\d{4,}|\b\d{3,}\s\d{3,}|^[^:]{2,40}:\s+\S/;

/**
 * Three or more one-line blocks in a row are a list set out line by line (members of a panel, an
 * address, a title page), not a heading each.
 */
function shortLineRuns(bodies: string[]): boolean[] {
  const short = bodies.map((b) => !b.includes("\n") && wordsIn(b) <= TITLE_LINE_MAX_WORDS && !MARKDOWN_HEADING.test(b) && !/[.!?]$/.test(b));
  const introducesProse = (i: number) => i + 1 < bodies.length && wordsIn(bodies[i + 1]) >= PROSE_WORDS;
  return short.map((isShort, i) => isShort && runLength(short, i) >= SHORT_LINE_RUN && !introducesProse(i));
}

/** A short line right above a paragraph of this many words is its heading, even after a list. */
const PROSE_WORDS = 8;

const SHORT_LINE_RUN = 3;

function runLength(flags: boolean[], i: number): number {
  let start = i;
  let end = i;
  while (start > 0 && flags[start - 1]) start--;
  while (end < flags.length - 1 && flags[end + 1]) end++;
  return end - start + 1;
}

function kindOf(body: string): BlockKind {
  const lines = body.split("\n");
  const tableRows = lines.filter((l) => l.includes("|") || l.includes("\t")).length;
  if (tableRows >= Math.max(2, lines.length * 0.6)) return "table";
  if (lines.filter((l) => LIST_ITEM.test(l)).length >= Math.max(1, lines.length * 0.5)) return "list";
  return "paragraph";
}

function stripEmphasis(s: string): string {
  return s.replace(/\*\*|__/g, "").trim();
}

function wordsIn(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
