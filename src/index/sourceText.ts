import { parseBlocks, type Block } from "../corpus/blocks.js";
import type { Chunk, Occurrence } from "../corpus/types.js";

/**
 * A document's text as far as the index holds it, pieced together from its chunks, so an excerpt cut
 * from one chunk can still be placed in its paragraph: is the line cut before or after it, and which
 * numbered paragraph holds it. Stretches known only as a reprint (a collapsed duplicate) stay unknown.
 */

const UNKNOWN = "\u0000";
/** As in corpus/blocks.ts: "2.11 ", "15. ", "3) " at a line start. */
export const PARAGRAPH_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){1,3}|\d{1,3}(?=[.)]))[.)]?\s+(?=\S)/;
export const LIST_MARKERS = /^(?:[-*•✓▪◦]\s+)+/;
/** Nothing but a list marker or paragraph number: layout, not words cut off. */
export const LAYOUT_ONLY = /^\s*(?:[-*•✓▪◦]\s+)*(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?)?\s*$/;

export interface SourceText {
  /** The line's text before `offset`, or null where the index does not know it. */
  lineBefore(offset: number): string | null;
  lineAfter(offset: number): string | null;
  /** The number of the paragraph holding `offset`: the nearest numbered line above it in its section. */
  paragraphAt(offset: number): string | null;
}

/** Reads every chunk: made once per document and index, and kept with the index (retrieve/indexDerived.ts). */
export function sourceTextOf(chunks: Iterable<Chunk>, source: string): SourceText {
  const own: Chunk[] = [];
  const reprints: Occurrence[] = [];
  for (const c of chunks) {
    if (c.source === source) own.push(c);
    for (const o of c.alsoIn) if (o.source === source) reprints.push(o);
  }
  own.sort((a, b) => a.start - b.start);
  const length = Math.max(0, ...own.map((c) => c.end), ...reprints.map((o) => o.end));
  const chars: string[] = new Array(length).fill(UNKNOWN);
  if (own.length) chars.fill("\n", 0, own[0].start);
  own.forEach((c, i) => {
    for (let j = 0; j < c.text.length; j++) chars[c.start + j] = c.text[j];
    // Between chunks: a blank line between blocks; one character is a space between sentences, or a
    // line break before a numbered or listed line.
    const next = own[i + 1];
    const gap = next ? next.start - c.end : 0;
    if (gap >= 2) chars.fill("\n", c.end, next.start);
    else if (gap === 1) chars[c.end] = PARAGRAPH_NUMBER.test(next.text) || LIST_MARKERS.test(next.text) ? "\n" : " ";
  });
  for (const o of reprints) chars.fill(UNKNOWN, Math.max(o.start, 0), o.end);
  const known = chars.join("");
  const headings = parseBlocks(known).filter((b) => b.kind === "heading" && !b.text.includes(UNKNOWN));
  const lineStart = (at: number) => (at <= 0 ? 0 : known.lastIndexOf("\n", at - 1) + 1);
  const lineEnd = (at: number) => (known.includes("\n", at) ? known.indexOf("\n", at) : known.length);
  const orNull = (s: string) => (s.includes(UNKNOWN) ? null : s);
  return {
    lineBefore: (offset) => orNull(known.slice(lineStart(offset), offset)),
    lineAfter: (offset) => orNull(known.slice(offset, lineEnd(offset))),
    paragraphAt: (offset) => numberAbove(known, offset, sectionStart(headings, offset), lineStart),
  };
}

function sectionStart(headings: Block[], offset: number): number {
  let floor = 0;
  for (const h of headings) if (h.start < offset) floor = h.end;
  return floor;
}

function numberAbove(known: string, offset: number, floor: number, lineStart: (at: number) => number): string | null {
  for (let start = lineStart(offset); start >= floor; start = lineStart(start - 1)) {
    const line = known.slice(start, known.includes("\n", start) ? known.indexOf("\n", start) : known.length);
    if (line.includes(UNKNOWN)) return null;
    const number = PARAGRAPH_NUMBER.exec(line.replace(LIST_MARKERS, ""))?.[1];
    if (number) return number;
    if (start === 0) break;
  }
  return null;
}
