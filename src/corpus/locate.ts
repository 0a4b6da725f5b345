import { PARAGRAPH_NUMBER, parseBlocks, type Block } from "./blocks.js";
import type { Locator, LocatorMark } from "./types.js";

/**
 * Where a span of a document sits: the page, numbered paragraph and section of its own first character,
 * not of the chunk it was cut from. A document's structure is kept as marks, each the locator in force
 * from its offset on; a chunk keeps the marks of its own stretch, so any quote cut from it can be placed.
 */

/** Every change of page, numbered paragraph or section in a document's cleaned text, in order. */
const LIST_MARKERS = /^\s*(?:[-*•✓▪◦]\s+)+/;

export function documentMarks(text: string, pageStarts: number[], blocks: Block[] = parseBlocks(text)): LocatorMark[] {
  const changes: { at: number; field: keyof Locator; value: string | number | null }[] = [];
  pageStarts.forEach((at, i) => changes.push({ at, field: "page", value: i + 1 }));
  let paragraph: string | null = null;
  const setParagraph = (at: number, value: string | null) => {
    if (value !== paragraph) changes.push({ at, field: "paragraph", value });
    paragraph = value;
  };
  for (const block of blocks) {
    changes.push({ at: block.start, field: "section", value: block.headingPath.at(-1) ?? null });
    if (block.kind === "heading") {
      setParagraph(block.start, null);
      continue;
    }
    // A paragraph runs from its numbered line to the next numbered line or heading: its lists, tables
    // and unnumbered follow-on paragraphs ("2.1 Early intervention", then its text) belong to it.
    let lineStart = block.start;
    for (const line of block.text.split("\n")) {
      const number = PARAGRAPH_NUMBER.exec(line.replace(LIST_MARKERS, ""))?.[1];
      if (number) setParagraph(lineStart, number);
      lineStart += line.length + 1;
    }
  }
  changes.sort((a, b) => a.at - b.at);
  const marks: LocatorMark[] = [];
  let state: LocatorMark = { at: 0, page: pageStarts.length ? 1 : null, paragraph: null, section: null };
  for (const change of changes) {
    const next = { ...state, at: change.at, [change.field]: change.value };
    if (marks.length && marks[marks.length - 1].at === change.at) marks[marks.length - 1] = next;
    else if (!marks.length || differs(state, next)) marks.push(next);
    state = next;
  }
  return marks.length && marks[0].at === 0 ? marks : [{ at: 0, page: pageStarts.length ? 1 : null, paragraph: null, section: null }, ...marks];
}

/** The marks of the stretch [start, end) of a document, with offsets from `start`: the locator at `start` first. */
export function marksWithin(marks: LocatorMark[], start: number, end: number): LocatorMark[] {
  const first = lastAtOrBefore(marks, start);
  const inside = marks.filter((m) => m.at > start && m.at < end);
  return [{ ...(first ?? { page: null, paragraph: null, section: null }), at: 0 }, ...inside.map((m) => ({ ...m, at: m.at - start }))];
}

/**
 * The locator of the span [start, end): page and section where it starts; its numbered paragraph, or
 * "93–94" for a span running from one numbered paragraph into another.
 */
export function locateSpan(marks: LocatorMark[], start: number, end: number): Locator {
  const first = lastAtOrBefore(marks, start) ?? { page: null, paragraph: null, section: null };
  const numbers = [first.paragraph, ...marks.filter((m) => m.at > start && m.at < end).map((m) => m.paragraph)].filter(
    (p): p is string => p !== null,
  );
  const distinct = [...new Set(numbers)];
  const paragraph = distinct.length <= 1 ? (distinct[0] ?? null) : `${distinct[0]}–${distinct[distinct.length - 1]}`;
  return { page: first.page, paragraph, section: first.section };
}

/** Where a quote cut from a passage sits: by its offsets in the passage's text, else the passage's own locator. */
export function locateQuote(passage: { text: string; locator: Locator; marks?: LocatorMark[] }, quote: string): Locator {
  const at = passage.marks?.length ? passage.text.indexOf(quote) : -1;
  return at < 0 ? passage.locator : locateSpan(passage.marks!, at, at + quote.length);
}

function lastAtOrBefore(marks: LocatorMark[], offset: number): LocatorMark | undefined {
  let lo = 0;
  let hi = marks.length - 1;
  let found: LocatorMark | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].at <= offset) {
      found = marks[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function differs(a: Locator, b: Locator): boolean {
  return a.page !== b.page || a.paragraph !== b.paragraph || a.section !== b.section;
}
