import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";

/**
 * The lexical index on disk: lexical.json holds the dictionary (terms, per-field counts and lengths, base64
 * typed arrays), lexical.bin the postings, one block of (document numbers, term frequencies) per term and
 * field, in term order. A loaded index reads a block when a query needs it, so only the dictionary stays
 * in memory.
 */

export const LEXICAL_FILE = "lexical.json";
export const POSTINGS_FILE = "lexical.bin";
const FORMAT = "safeguide-bm25/1";

/** The fields every chunk is indexed under; postings are kept per (term, field). */
export const FIELDS = ["text", "headings", "document"] as const;
export const F = FIELDS.length;

export interface Postings {
  docs: Uint32Array;
  tfs: Uint16Array;
}

/** Where the postings of (term, field) come from: memory while building, lexical.bin once loaded. */
export interface PostingSource {
  postings(slot: number, count: number): Postings;
}

export interface Dictionary {
  documentCount: number;
  avgFieldLength: number[];
  /** fieldLength[doc * F + field]: distinct words in that field of that document. */
  fieldLength: Uint32Array;
  terms: Map<string, number>;
  /** counts[term * F + field]: documents with the term in that field. */
  counts: Uint32Array;
  /** Documents with the term in their text or headings (what the reranker's idf counts). */
  df: Uint32Array;
}

export interface LexicalFiles {
  json: () => Generator<string>;
  postings: () => Generator<Uint8Array>;
}

export function lexicalFiles(dict: Dictionary, memory: Postings[]): LexicalFiles {
  return {
    *json() {
      const terms = new Array<string>(dict.terms.size);
      for (const [term, t] of dict.terms) terms[t] = term;
      yield `{"format":${JSON.stringify(FORMAT)},"documentCount":${dict.documentCount},"avgFieldLength":${JSON.stringify(dict.avgFieldLength)},`;
      yield `"fieldLength":"${Buffer.from(dict.fieldLength.buffer, dict.fieldLength.byteOffset, dict.fieldLength.byteLength).toString("base64")}",`;
      yield `"counts":"${Buffer.from(dict.counts.buffer, dict.counts.byteOffset, dict.counts.byteLength).toString("base64")}",`;
      yield `"df":"${Buffer.from(dict.df.buffer, dict.df.byteOffset, dict.df.byteLength).toString("base64")}","terms":[`;
      for (let i = 0; i < terms.length; i += 5000)
        yield (
          (i > 0 ? "," : "") +
          terms
            .slice(i, i + 5000)
            .map((s) => JSON.stringify(s))
            .join(",")
        );
      yield "]}";
    },
    *postings() {
      for (let slot = 0; slot < memory.length; slot++) {
        const p = memory[slot];
        if (!p || p.docs.length === 0) continue;
        yield encodeBlock(p);
      }
    },
  };
}

function blockBytes(count: number): number {
  return count * 4 + count * 2 + (count % 2 ? 2 : 0);
}

function encodeBlock(p: Postings): Uint8Array {
  const out = new Uint8Array(blockBytes(p.docs.length));
  out.set(new Uint8Array(p.docs.buffer, p.docs.byteOffset, p.docs.byteLength), 0);
  out.set(new Uint8Array(p.tfs.buffer, p.tfs.byteOffset, p.tfs.byteLength), p.docs.length * 4);
  return out;
}

function decodeU32(base64: unknown, length: number, what: string): Uint32Array {
  if (typeof base64 !== "string") throw new Error(`${LEXICAL_FILE} has no ${what}`);
  const bytes = Buffer.from(base64, "base64");
  if (bytes.byteLength !== length * 4) throw new Error(`${LEXICAL_FILE} has a malformed ${what}`);
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

/** The dictionary of a written index (parsed lexical.json) and its postings, read from lexical.bin in `dir` on demand. */
export function openLexicalFiles(json: unknown, dir: string, chunkCount: number): { dict: Dictionary; source: PostingSource } {
  const d = json as {
    format?: unknown;
    documentCount?: unknown;
    avgFieldLength?: unknown;
    fieldLength?: unknown;
    counts?: unknown;
    df?: unknown;
    terms?: unknown;
  } | null;
  if (d?.format !== FORMAT || typeof d.documentCount !== "number" || !Array.isArray(d.terms) || !Array.isArray(d.avgFieldLength)) {
    throw new Error(`${LEXICAL_FILE} is not a lexical index of this version`);
  }
  const n = d.documentCount;
  if (n !== chunkCount) throw new Error(`${LEXICAL_FILE} covers ${n} chunks, not ${chunkCount}`);
  const termList = d.terms as string[];
  const dict: Dictionary = {
    documentCount: n,
    avgFieldLength: d.avgFieldLength as number[],
    fieldLength: decodeU32(d.fieldLength, n * F, "field lengths"),
    counts: decodeU32(d.counts, termList.length * F, "posting counts"),
    df: decodeU32(d.df, termList.length, "document frequencies"),
    terms: new Map(termList.map((t, i) => [t, i])),
  };
  const offsets = new Float64Array(termList.length * F);
  let offset = 0;
  for (let slot = 0; slot < offsets.length; slot++) {
    offsets[slot] = offset;
    offset += dict.counts[slot] ? blockBytes(dict.counts[slot]) : 0;
  }
  let fd: number;
  try {
    fd = openSync(join(dir, POSTINGS_FILE), "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${POSTINGS_FILE} is missing`, { cause: e });
    throw e;
  }
  const size = fstatSync(fd).size;
  if (size !== offset) {
    closeSync(fd);
    throw new Error(`${POSTINGS_FILE} holds ${size} bytes where ${LEXICAL_FILE} says ${offset} (truncated?)`);
  }
  const source = new FilePostings(fd, offsets);
  postingFiles.register(source, fd);
  return { dict, source };
}

const postingFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

class FilePostings implements PostingSource {
  constructor(
    private readonly fd: number,
    private readonly offsets: Float64Array,
  ) {}

  /** Reused by every read: a posting list is consumed before the next one is read. */
  private buffer = new ArrayBuffer(64 * 1024);

  postings(slot: number, count: number): Postings {
    const bytes = blockBytes(count);
    if (bytes > this.buffer.byteLength) this.buffer = new ArrayBuffer(Math.max(bytes, this.buffer.byteLength * 2));
    const buffer = this.buffer;
    const view = new Uint8Array(buffer, 0, bytes);
    let done = 0;
    while (done < bytes) {
      const n = readSync(this.fd, view, done, bytes - done, this.offsets[slot] + done);
      if (n === 0) throw new Error(`${POSTINGS_FILE} ended early`);
      done += n;
    }
    return { docs: new Uint32Array(buffer, 0, count), tfs: new Uint16Array(buffer, count * 4, count) };
  }
}
