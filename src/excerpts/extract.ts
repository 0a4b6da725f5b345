import { parseBlocks } from "../corpus/blocks.js";
import { sentenceSpans, wordCount } from "../corpus/sentences.js";
import type { Chunk } from "../corpus/types.js";
import type { IndexSnapshot } from "../index/snapshot.js";
import { stemsOf } from "../retrieve/rerank.js";

/**
 * Cutting excerpts out of one chunk: runs of matching sentences, widened just enough to stand alone,
 * as offsets into the chunk's text so the excerpt is always an exact slice of the document.
 */

export interface Sentence {
  start: number;
  end: number;
  stems: string[];
  /** Fit to quote: not a heading, at least three words. */
  quotable: boolean;
}

export interface ExcerptSpan {
  start: number;
  end: number;
  leadingEllipsis: boolean;
  trailingEllipsis: boolean;
}

/** Whether the chunk's first and last characters are also its paragraph's, judged from its neighbours. */
export interface ChunkEdges {
  startsParagraph: boolean;
  endsParagraph: boolean;
}

const MAX_RUN_SENTENCES = 3;
const MAX_MERGED_SENTENCES = 5;
const SHORT_WORDS = 12;
/** A sentence opening like this leans on the one before it. */
const LEANS_BACK =
  /^(this|these|that|those|it|its|they|their|them|he|she|his|her|such|however|but|and|also|so|therefore|thus|hence|consequently|as a result|in addition|additionally|furthermore|moreover|nevertheless|nonetheless|despite this|similarly|likewise|otherwise|instead|again|both)\b/i;
const LIST_MARKERS = /^(?:[-*•✓▪◦]\s+)+/;
/** As in corpus/blocks.ts: "2.11 ", "15. ", "3) " at a line start. */
const PARAGRAPH_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){1,3}|\d{1,3}(?=[.)]))[.)]?\s+(?=\S)/;
const LAYOUT_ONLY = /^\s*(?:[-*•✓▪◦]\s+)*(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?)?\s*$/;

export function sentencesOf(chunk: Chunk): Sentence[] {
  const headings = parseBlocks(chunk.text).filter((b) => b.kind === "heading");
  return sentenceSpans(chunk.text).map(({ start, end }) => {
    const text = chunk.text.slice(start, end);
    const heading = headings.some((h) => start >= h.start && end <= h.end);
    const words = stripMarkers(text).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    return { start, end, stems: stemsOf(text), quotable: !heading && /\p{L}/u.test(text) && words >= 3 };
  });
}

export function excerptSpans(chunk: Chunk, sentences: Sentence[], matched: boolean[], edges: ChunkEdges): ExcerptSpan[] {
  const text = chunk.text;
  const sameLine = (a: number, b: number) => !text.slice(sentences[a].end, sentences[b].start).includes("\n");
  const words = (i: number, j: number) => wordCount(text.slice(sentences[i].start, sentences[j].end));
  const leansBack = (i: number) => LEANS_BACK.test(stripMarkers(text.slice(sentences[i].start, sentences[i].end)));
  const runs: [number, number][] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (!matched[i] || !sentences[i].quotable) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1 && sameLine(i - 1, i) && i - last[0] < MAX_RUN_SENTENCES) last[1] = i;
    else runs.push([i, i]);
  }
  const widened = runs.map(([i, j]): [number, number] => {
    while (i > 0 && sameLine(i - 1, i) && sentences[i - 1].quotable && leansBack(i) && j - i <= MAX_RUN_SENTENCES) i--;
    if (words(i, j) < SHORT_WORDS) {
      if (j + 1 < sentences.length && sameLine(j, j + 1) && sentences[j + 1].quotable) j++;
      else if (i > 0 && sameLine(i - 1, i) && sentences[i - 1].quotable) i--;
    }
    return [i, j];
  });
  const merged: [number, number][] = [];
  for (const run of widened) {
    const last = merged[merged.length - 1];
    const touches = last && (run[0] <= last[1] || (run[0] === last[1] + 1 && sameLine(last[1], run[0])));
    if (touches && run[1] - last[0] < MAX_MERGED_SENTENCES) last[1] = Math.max(last[1], run[1]);
    else merged.push([...run]);
  }
  return merged.map(([i, j]) => spanOf(text, sentences[i].start, sentences[j].end, edges));
}

function spanOf(text: string, from: number, to: number, edges: ChunkEdges): ExcerptSpan {
  const lineStart = text.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = text.includes("\n", to) ? text.indexOf("\n", to) : text.length;
  const before = text.slice(lineStart, from);
  const cutBefore = !LAYOUT_ONLY.test(before) || (lineStart === 0 && !edges.startsParagraph);
  const cutAfter = text.slice(to, lineEnd).trim() !== "" || (lineEnd === text.length && !edges.endsParagraph);
  // A list marker or paragraph number opening the line is layout, not words to quote (the number is cited).
  const start = cutBefore ? from : to - stripMarkers(text.slice(from, to)).length;
  return { start, end: to, leadingEllipsis: cutBefore, trailingEllipsis: cutAfter };
}

function stripMarkers(s: string): string {
  const unlisted = s.replace(LIST_MARKERS, "");
  return unlisted.replace(PARAGRAPH_NUMBER, "");
}

/** The nearest heading and paragraph number above offset `at` of the chunk's text, else the chunk's own. */
export function locateIn(chunk: Chunk, at: number): { section: string | null; paragraph: string | null } {
  const text = chunk.text;
  const heading = parseBlocks(text)
    .filter((b) => b.kind === "heading" && b.start > 0 && b.start < at)
    .pop();
  const floor = heading?.end ?? 0;
  const lineStarts: number[] = [];
  for (let i = floor; i <= at && i < text.length; i = text.indexOf("\n", i) + 1 || Infinity) lineStarts.push(i);
  const paragraph = lineStarts
    .reverse()
    .map((line) => PARAGRAPH_NUMBER.exec(text.slice(line).replace(LIST_MARKERS, ""))?.[1])
    .find(Boolean);
  const numberedLines = text.split("\n").some((l) => PARAGRAPH_NUMBER.test(l));
  return {
    section: heading ? heading.headingPath[heading.headingPath.length - 1] : chunk.locator.section,
    paragraph: paragraph ?? (heading || numberedLines ? null : chunk.locator.paragraph),
  };
}

const edgeCache = new WeakMap<IndexSnapshot, Map<string, Chunk[]>>();

/**
 * A chunk cut mid-paragraph shares that paragraph with its neighbour: an overlapping neighbour shows the
 * character across the edge; otherwise a gap of one character is a space between sentences.
 */
export function edgesOf(snapshot: IndexSnapshot, chunk: Chunk): ChunkEdges {
  let bySource = edgeCache.get(snapshot);
  if (!bySource) {
    bySource = new Map();
    for (const c of snapshot.chunks) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
    edgeCache.set(snapshot, bySource);
  }
  const others = (bySource.get(chunk.source) ?? []).filter((c) => c !== chunk);
  const charAt = (offset: number) => {
    const c = others.find((o) => o.start <= offset && offset < o.end);
    return c ? c.text[offset - c.start] : null;
  };
  const before = chunk.start === 0 ? "\n" : charAt(chunk.start - 1);
  const prevEnd = Math.max(-Infinity, ...others.filter((o) => o.end <= chunk.start).map((o) => o.end));
  const after = charAt(chunk.end);
  const nextStart = Math.min(Infinity, ...others.filter((o) => o.start >= chunk.end).map((o) => o.start));
  return {
    startsParagraph: before !== null ? before === "\n" : chunk.start - prevEnd !== 1,
    endsParagraph: after !== null ? after === "\n" : nextStart - chunk.end !== 1,
  };
}
