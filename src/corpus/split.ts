import { createHash } from "node:crypto";
import { parseBlocks, type Block } from "./blocks.js";
import { documentMarks, marksWithin } from "./locate.js";
import { sentenceSpans, wordCount, type Span } from "./sentences.js";
import type { Chunk, CorpusDocument, Locator, LocatorMark } from "./types.js";
import { foldForMatch } from "./verbatim.js";

/**
 * Split a cleaned document along its structure into located chunks: sections (between headings) are
 * packed block by block up to `maxWords`; a block too long for one chunk is cut at sentence ends with
 * `overlapSentences` carried over. Every chunk's text is `document.text.slice(start, end)`.
 */

export interface ChunkingSettings {
  maxWords: number;
  overlapSentences: number;
}

interface Unit extends Span {
  words: number;
  block: Block;
  /** Continues the block of the unit before it (a sentence of a long block). */
  continues: boolean;
}

const MIN_SECTION_WORDS = 40;

export function splitDocument(doc: CorpusDocument, settings: ChunkingSettings): Chunk[] {
  const blocks = parseBlocks(doc.text);
  const ordinals = new Map<string, number>();
  const marks = documentMarks(doc.text, doc.pageStarts, blocks);
  return packSections(sections(blocks), doc, settings).map((units) => toChunk(doc, units, ordinals, marks));
}

/** Blocks grouped under their nearest heading; a heading opens a new group. */
function sections(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const block of blocks) {
    if (block.kind === "heading" || groups.length === 0) groups.push([block]);
    else groups[groups.length - 1].push(block);
  }
  return groups;
}

function packSections(groups: Block[][], doc: CorpusDocument, settings: ChunkingSettings): Unit[][] {
  const chunks: Unit[][] = [];
  let pendingSmall: Unit[] = [];
  for (const group of groups) {
    const units = group.flatMap((b) => unitsOf(b, doc, settings.maxWords));
    const packed = pack([...pendingSmall, ...units], settings);
    pendingSmall = [];
    const last = packed[packed.length - 1];
    if (last && packed.length === 1 && totalWords(last) < MIN_SECTION_WORDS) pendingSmall = last;
    else chunks.push(...packed);
  }
  if (pendingSmall.length) chunks.push(pendingSmall);
  return chunks;
}

/** A block is one unit when it fits; otherwise one unit per sentence (per row for a table). */
function unitsOf(block: Block, doc: CorpusDocument, maxWords: number): Unit[] {
  const words = wordCount(block.text);
  if (words <= maxWords) return [{ start: block.start, end: block.end, words, block, continues: false }];
  return sentenceSpans(doc.text, block.start, block.end, doc.breaks).map((s, i) => ({
    ...s,
    words: wordCount(doc.text.slice(s.start, s.end)),
    block,
    continues: i > 0,
  }));
}

function pack(units: Unit[], settings: ChunkingSettings): Unit[][] {
  const chunks: Unit[][] = [];
  let current: Unit[] = [];
  for (const unit of units) {
    if (current.length && totalWords(current) + unit.words > settings.maxWords) {
      chunks.push(current);
      current = unit.continues ? overlap(current, settings.overlapSentences, unit) : [];
    }
    current.push(unit);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

function overlap(previous: Unit[], count: number, next: Unit): Unit[] {
  const carried = count > 0 ? previous.slice(-count).filter((u) => u.block === next.block) : [];
  return totalWords(carried) + next.words <= 250 ? carried : [];
}

function totalWords(units: Unit[]): number {
  return units.reduce((n, u) => n + u.words, 0);
}

function toChunk(doc: CorpusDocument, units: Unit[], ordinals: Map<string, number>, marks: LocatorMark[]): Chunk {
  const start = units[0].start;
  const end = units[units.length - 1].end;
  const text = doc.text.slice(start, end);
  const contentHash = sha256(foldForMatch(text));
  const ordinal = ordinals.get(contentHash) ?? 0;
  ordinals.set(contentHash, ordinal + 1);
  const first = units.find((u) => u.block.kind !== "heading")?.block ?? units[0].block;
  return {
    id: sha256(`${doc.source}\0${contentHash}\0${ordinal}`).slice(0, 16),
    source: doc.source,
    title: doc.metadata.title,
    publisher: doc.metadata.publisher,
    date: doc.metadata.date,
    type: doc.metadata.type,
    ...(doc.metadata.audience ? { audience: doc.metadata.audience } : {}),
    ...(doc.metadata.url ? { url: doc.metadata.url } : {}),
    headingPath: first.headingPath,
    locator: locate(doc, units, start),
    marks: marksWithin(marks, start, end),
    start,
    end,
    text,
    contentHash,
    alsoIn: [],
  };
}

function locate(doc: CorpusDocument, units: Unit[], start: number): Locator {
  const numbered = units.find((u) => u.block.paragraphNumber)?.block.paragraphNumber ?? null;
  const path = units.find((u) => u.block.kind !== "heading")?.block.headingPath ?? units[0].block.headingPath;
  return { page: pageAt(doc.pageStarts, start), paragraph: numbered, section: path[path.length - 1] ?? null };
}

export function pageAt(pageStarts: number[], offset: number): number | null {
  if (pageStarts.length === 0) return null;
  let page = 1;
  while (page < pageStarts.length && pageStarts[page] <= offset) page++;
  return page;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
