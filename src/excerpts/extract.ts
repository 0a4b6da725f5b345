import { parseBlocks } from "../corpus/blocks.js";
import { isQuotable } from "../corpus/quotable.js";
import { instructsReader } from "../corpus/instructions.js";
import { sentenceSpans, wordCount } from "../corpus/sentences.js";
import type { Chunk } from "../corpus/types.js";
import { stemsOf } from "../retrieve/query.js";
import { LAYOUT_ONLY, LIST_MARKERS, PARAGRAPH_NUMBER, type SourceText } from "../index/sourceText.js";

/**
 * Cutting excerpts out of one chunk: runs of matching sentences, widened just enough to stand alone,
 * as offsets into the chunk's text so the excerpt is always an exact slice of the document.
 */

export interface Sentence {
  start: number;
  end: number;
  stems: string[];
  /** Fit to quote: not a heading, at least three words, a whole sentence without markup (corpus/quotable.ts), not telling the reader to set safeguarding aside. */
  quotable: boolean;
}

export interface ExcerptSpan {
  /** Offsets in the chunk's text. */
  start: number;
  end: number;
  /** The paragraph goes on before / after the excerpt. */
  leadingEllipsis: boolean;
  trailingEllipsis: boolean;
}

const MAX_RUN_SENTENCES = 3;
const MAX_MERGED_SENTENCES = 5;
const SHORT_WORDS = 12;
/** A sentence opening like this leans on the one before it. */
const LEANS_BACK =
  /^(this|these|that|those|it|its|they|their|them|he|she|his|her|such|however|but|and|also|so|therefore|thus|hence|consequently|as a result|in addition|additionally|furthermore|moreover|nevertheless|nonetheless|despite this|similarly|likewise|otherwise|instead|again|both)\b/i;

export function sentencesOf(chunk: Chunk): Sentence[] {
  const headings = parseBlocks(chunk.text).filter((b) => b.kind === "heading");
  return sentenceSpans(chunk.text).map(({ start, end }) => {
    const text = chunk.text.slice(start, end);
    const heading = headings.some((h) => start >= h.start && end <= h.end);
    const words = stripMarkers(text).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    const quotable = !heading && /\p{L}/u.test(text) && words >= 3 && isQuotable(stripMarkers(text)) && !instructsReader(text);
    return { start, end, stems: stemsOf(text), quotable };
  });
}

export function excerptSpans(chunk: Chunk, sentences: Sentence[], matched: boolean[], source: SourceText): ExcerptSpan[] {
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
  return merged.map(([i, j]) => spanOf(chunk, sentences[i].start, sentences[j].end, source));
}

/** Unknown surroundings count as cut: a "…" too many misleads less than one too few. */
function spanOf(chunk: Chunk, from: number, to: number, source: SourceText): ExcerptSpan {
  const before = source.lineBefore(chunk.start + from);
  const after = source.lineAfter(chunk.start + to);
  const cutBefore = before === null || !LAYOUT_ONLY.test(before);
  const cutAfter = after === null || after.trim() !== "";
  // A list marker or paragraph number opening the line is layout, not words to quote (the number is cited).
  const start = cutBefore ? from : to - stripMarkers(chunk.text.slice(from, to)).length;
  return { start, end: to, leadingEllipsis: cutBefore, trailingEllipsis: cutAfter };
}

function stripMarkers(s: string): string {
  return s.replace(LIST_MARKERS, "").replace(PARAGRAPH_NUMBER, "");
}

/** The nearest heading above offset `at` of the chunk's text, else the chunk's own section. */
export function sectionIn(chunk: Chunk, at: number): string | null {
  const heading = parseBlocks(chunk.text)
    .filter((b) => b.kind === "heading" && b.start > 0 && b.start < at)
    .pop();
  return heading ? heading.headingPath[heading.headingPath.length - 1] : chunk.locator.section;
}
