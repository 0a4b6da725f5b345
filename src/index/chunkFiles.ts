import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Chunk, DocType, Locator, LocatorMark, Occurrence } from "../corpus/types.js";
import { closer, TextFile } from "./textFile.js";

/**
 * The chunk store of an index version, kept small in memory at scale:
 * - chunks.json holds the chunk records without their text, compactly: document-level fields (title,
 *   publisher, date, type, audience, url) and heading paths once each in tables, one short row per chunk;
 * - texts.bin holds every chunk's text, UTF-8, one after another; a loaded chunk reads its text from the
 *   file when asked (a few µs from the page cache), with the most recently read texts kept.
 * A loaded chunk is a `Chunk` whose fields are read from the store; `JSON.stringify` gives the plain record.
 */

export const CHUNKS_FILE = "chunks.json";
export const TEXTS_FILE = "texts.bin";
/** Per chunk: COLUMNS unsigned 32-bit integers (little-endian), then after all of them 32 bytes of sha256 per chunk. */
export const COLUMNS_FILE = "chunks.bin";
/** 4: each chunk keeps its locator marks. */
const FORMAT = 4;

type DocumentRecord = Pick<Chunk, "source" | "title" | "publisher" | "date" | "type" | "audience" | "url">;

/** What a chunk says of its document, with the optional fields only when present. */
function documentRecordOf(c: DocumentRecord): DocumentRecord {
  return {
    source: c.source,
    title: c.title,
    publisher: c.publisher,
    date: c.date,
    type: c.type,
    ...(c.audience ? { audience: c.audience } : {}),
    ...(c.url ? { url: c.url } : {}),
  };
}

/** Per chunk, in `columns`: document, heading path, page + 1 (0: none), paragraph, section, start, end, text bytes. */
const COLUMNS = 8;

interface StoreFile {
  format: number;
  count: number;
  textBytes: number;
  documents: DocumentRecord[];
  headings: string[][];
  /** Locator paragraphs and sections; index 0 is null. */
  strings: (string | null)[];
  ids: string[];
  /** Positions of the chunks with other occurrences, and those occurrences. */
  alsoIn: [number, Occurrence[]][];
  /** Per chunk, its locator marks flattened: offset, page + 1 (0: none), paragraph, section (indexes in `strings`). */
  marks: number[][];
}

/** chunks.json (as pieces of JSON, for writeDurablePieces) and texts.bin for these chunks. */
export function encodeChunkStore(chunks: readonly Chunk[]): {
  json: () => Generator<string>;
  columns: () => Generator<Uint8Array>;
  texts: () => Generator<Buffer>;
} {
  const documents: DocumentRecord[] = [];
  const documentIndex = new Map<string, number>();
  const headings: string[][] = [];
  const headingIndex = new Map<string, number>();
  const strings: (string | null)[] = [null];
  const stringIndex = new Map<string, number>();
  const intern = (s: string | null) => {
    if (s === null) return 0;
    let i = stringIndex.get(s);
    if (i === undefined) stringIndex.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const columns = new Uint32Array(chunks.length * COLUMNS);
  const hashes = Buffer.alloc(chunks.length * 32);
  const alsoIn: [number, Occurrence[]][] = [];
  let textBytes = 0;
  chunks.forEach((c, i) => {
    const doc = documentRecordOf(c);
    const docKey = JSON.stringify(doc);
    let d = documentIndex.get(docKey);
    if (d === undefined) documentIndex.set(docKey, (d = documents.push(doc) - 1));
    const headKey = JSON.stringify(c.headingPath);
    let h = headingIndex.get(headKey);
    if (h === undefined) headingIndex.set(headKey, (h = headings.push(c.headingPath) - 1));
    const bytes = Buffer.byteLength(c.text);
    textBytes += bytes;
    if (!/^[0-9a-f]{64}$/.test(c.contentHash)) throw new Error(`chunk ${c.id} has a content hash that is not sha256 hex`);
    hashes.write(c.contentHash, i * 32, "hex");
    const page = c.locator.page === null ? 0 : c.locator.page + 1;
    columns.set([d, h, page, intern(c.locator.paragraph), intern(c.locator.section), c.start, c.end, bytes], i * COLUMNS);
    if (c.alsoIn.length) alsoIn.push([i, c.alsoIn]);
  });
  const marks = chunks.map((c) =>
    (c.marks ?? []).flatMap((m) => [m.at, m.page === null ? 0 : m.page + 1, intern(m.paragraph), intern(m.section)]),
  );
  const head = { format: FORMAT, count: chunks.length, textBytes, documents, headings, strings };
  return {
    *json() {
      yield `${JSON.stringify(head).slice(0, -1)},"ids":[`;
      for (let i = 0; i < chunks.length; i += 5000)
        yield (
          (i > 0 ? "," : "") +
          chunks
            .slice(i, i + 5000)
            .map((c) => JSON.stringify(c.id))
            .join(",")
        );
      yield `],"alsoIn":${JSON.stringify(alsoIn)},"marks":[`;
      for (let i = 0; i < marks.length; i += 5000)
        yield (
          (i > 0 ? "," : "") +
          marks
            .slice(i, i + 5000)
            .map((m) => JSON.stringify(m))
            .join(",")
        );
      yield "]}";
    },
    *columns() {
      yield new Uint8Array(columns.buffer);
      yield hashes;
    },
    *texts() {
      for (let i = 0; i < chunks.length; i += 1000)
        yield Buffer.from(
          chunks
            .slice(i, i + 1000)
            .map((c) => c.text)
            .join(""),
        );
    },
  };
}

const NO_OCCURRENCES: Occurrence[] = Object.freeze([]) as unknown as Occurrence[];

/** The columns of a loaded chunk store; a StoredChunk is a position in them. */
class Columns {
  constructor(
    readonly ids: string[],
    readonly documents: DocumentRecord[],
    readonly headings: string[][],
    readonly strings: (string | null)[],
    readonly columns: Uint32Array,
    readonly offsets: Float64Array,
    readonly hashes: Buffer,
    readonly alsoIn: Map<number, Occurrence[]>,
    readonly marks: number[][],
    readonly file: TextFile,
  ) {}
}

/** A chunk of a loaded version: its fields are read from the store's columns, its text from texts.bin. */
class StoredChunk implements Chunk {
  constructor(
    private readonly store: Columns,
    private readonly i: number,
  ) {}

  private column(c: number): number {
    return this.store.columns[this.i * COLUMNS + c];
  }
  private get doc(): DocumentRecord {
    return this.store.documents[this.column(0)];
  }

  get id(): string {
    return this.store.ids[this.i];
  }
  get text(): string {
    return this.store.file.read(this.store.offsets[this.i], this.column(7));
  }
  get source(): string {
    return this.doc.source;
  }
  get title(): string {
    return this.doc.title;
  }
  get publisher(): string {
    return this.doc.publisher;
  }
  get date(): string {
    return this.doc.date;
  }
  get type(): DocType {
    return this.doc.type;
  }
  get audience(): string[] | undefined {
    return this.doc.audience;
  }
  get url(): string | undefined {
    return this.doc.url;
  }
  get headingPath(): string[] {
    return this.store.headings[this.column(1)];
  }
  get locator(): Locator {
    const page = this.column(2);
    return {
      page: page === 0 ? null : page - 1,
      paragraph: this.store.strings[this.column(3)],
      section: this.store.strings[this.column(4)],
    };
  }
  get marks(): LocatorMark[] | undefined {
    const flat = this.store.marks[this.i];
    if (!flat.length) return undefined;
    const marks: LocatorMark[] = [];
    for (let j = 0; j < flat.length; j += 4) {
      const page = flat[j + 1];
      marks.push({
        at: flat[j],
        page: page === 0 ? null : page - 1,
        paragraph: this.store.strings[flat[j + 2]],
        section: this.store.strings[flat[j + 3]],
      });
    }
    return marks;
  }
  get start(): number {
    return this.column(5);
  }
  get end(): number {
    return this.column(6);
  }
  get contentHash(): string {
    return this.store.hashes.toString("hex", this.i * 32, this.i * 32 + 32);
  }
  get alsoIn(): Occurrence[] {
    return this.store.alsoIn.get(this.i) ?? NO_OCCURRENCES;
  }

  toJSON(): Chunk {
    return {
      id: this.id,
      ...documentRecordOf(this.doc),
      headingPath: this.headingPath,
      locator: this.locator,
      ...(this.marks ? { marks: this.marks } : {}),
      start: this.start,
      end: this.end,
      text: this.text,
      contentHash: this.contentHash,
      alsoIn: this.alsoIn,
    };
  }
}

/** Read chunks.json (already parsed) with chunks.bin and texts.bin beside it in `dir`. Throws a plain Error when any is unusable. */
export function openChunkStore(dir: string, parsed: unknown): Chunk[] {
  const store = parsed as Partial<StoreFile> | null;
  const count = store?.count ?? -1;
  const valid =
    store?.format === FORMAT &&
    Array.isArray(store.ids) &&
    store.ids.length === count &&
    store.ids.every((id) => typeof id === "string") &&
    Array.isArray(store.documents) &&
    Array.isArray(store.headings) &&
    Array.isArray(store.strings) &&
    Array.isArray(store.alsoIn) &&
    Array.isArray(store.marks) &&
    store.marks.length === count &&
    store.marks.every(
      (m) => Array.isArray(m) && m.length % 4 === 0 && m.every((n, j) => Number.isInteger(n) && (j % 4 < 2 || n < store.strings!.length)),
    ) &&
    typeof store.textBytes === "number";
  if (!valid) throw new Error(`${CHUNKS_FILE} is not a list of chunks`);
  const binary = readBinary(dir, COLUMNS_FILE, count * (COLUMNS * 4 + 32));
  const columnBytes = binary.subarray(0, count * COLUMNS * 4);
  const hashes = binary.subarray(count * COLUMNS * 4);
  const columns = new Uint32Array(columnBytes.buffer, columnBytes.byteOffset, count * COLUMNS);
  const offsets = new Float64Array(count);
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const at = i * COLUMNS;
    const inRange =
      columns[at] < store.documents!.length &&
      columns[at + 1] < store.headings!.length &&
      columns[at + 3] < store.strings!.length &&
      columns[at + 4] < store.strings!.length;
    if (!inRange) throw new Error(`${CHUNKS_FILE} is not a list of chunks`);
    offsets[i] = offset;
    offset += columns[at + 7];
  }
  if (offset !== store.textBytes) throw new Error(`${CHUNKS_FILE} is not a list of chunks`);
  // A section is usually the last heading: share one string for both.
  const known = new Map<string, string>();
  for (const path of store.headings!) for (const h of path) known.set(h, h);
  const strings = store.strings!.map((s) => (s === null ? null : (known.get(s) ?? s)));
  let fd: number;
  try {
    fd = openSync(join(dir, TEXTS_FILE), "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${TEXTS_FILE} is missing`, { cause: e });
    throw new Error(`${TEXTS_FILE} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { cause: e });
  }
  const size = fstatSync(fd).size;
  if (size !== store.textBytes) {
    closeSync(fd);
    throw new Error(`${TEXTS_FILE} holds ${size} bytes where ${CHUNKS_FILE} says ${store.textBytes} (truncated?)`);
  }
  const file = new TextFile(fd);
  closer.register(file, fd);
  const columnStore = new Columns(
    store.ids!,
    store.documents!,
    store.headings!,
    strings,
    columns,
    offsets,
    hashes,
    new Map(store.alsoIn),
    store.marks!,
    file,
  );
  return Array.from({ length: count }, (_, i) => new StoredChunk(columnStore, i));
}

/** A whole binary file of a known size, in its own (aligned) buffer. */
function readBinary(dir: string, file: string, bytes: number): Buffer {
  let data: Buffer;
  try {
    data = readFileSync(join(dir, file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${file} is missing`, { cause: e });
    throw new Error(`${file} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { cause: e });
  }
  if (data.byteLength !== bytes) throw new Error(`${file} holds ${data.byteLength} bytes where ${CHUNKS_FILE} says ${bytes} (truncated?)`);
  return data.byteOffset % 4 === 0 ? data : Buffer.from(new Uint8Array(data));
}
