/**
 * Sentence spans over cleaned text. A span never crosses a line break (list items and table rows are
 * units of their own) nor a point where page furniture was removed.
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "st", "no", "vs", "cllr", "prof", "approx", "dept", "inc", "ltd",
  "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "para", "ref", "fig",
]);

/** Where a sentence may end: terminal punctuation, optional closing quotes or brackets, then space. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9•\-–])/g;

export function sentenceSpans(text: string, from = 0, to = text.length, breaks: number[] = []): Span[] {
  const spans: Span[] = [];
  for (const line of lineSpans(text, from, to, breaks)) {
    let start = line.start;
    const body = text.slice(line.start, line.end);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const end = line.start + m.index + m[0].length;
      if (isAbbreviation(text, line.start + m.index)) continue;
      pushTrimmed(text, spans, start, end);
      start = end;
    }
    pushTrimmed(text, spans, start, line.end);
  }
  return spans;
}

function lineSpans(text: string, from: number, to: number, breaks: number[]): Span[] {
  const cuts = new Set(breaks.filter((b) => b > from && b < to));
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === "\n" || cuts.has(i)) {
      if (i > start) spans.push({ start, end: i });
      start = text[i] === "\n" ? i + 1 : i;
    }
  }
  return spans;
}

function isAbbreviation(text: string, dotAt: number): boolean {
  const before = text.slice(Math.max(0, dotAt - 8), dotAt);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? "";
  if (ABBREVIATIONS.has(word.replace(/\.$/, ""))) return true;
  return /^[a-z]$/i.test(word) && text[dotAt] === "."; // an initial, as in "J. Smith"
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
