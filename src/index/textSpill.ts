import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Chunk } from "../corpus/types.js";
import { TextFile } from "./textFile.js";

/**
 * Chunk texts parked on disk while a reindex builds: a chunk handed back by `park` reads its text from the
 * spill file when asked, so that once a document is split its text need not stay in memory through the
 * lexical index, the embedding fit and the dense index (a 45 MB text file is 90 MB as a JavaScript string).
 * The file is unlinked as soon as it is opened: it takes no name in any folder, and a crash leaves nothing
 * behind.
 */
export class TextSpill {
  private bytesWritten = 0;
  private closed = false;
  /** Headings and paragraph numbers, copied once each: a slice of the document's text would keep all of it. */
  private readonly strings = new Map<string, string>();

  private constructor(
    private readonly fd: number,
    readonly file: TextFile,
  ) {}

  /** In `dir` (the reindex's DATA_DIR, which it may write to, where the system's temporary folder may be read-only). */
  static open(dir: string): TextSpill {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `.reindex-spill-${process.pid}-${randomBytes(6).toString("hex")}`);
    const fd = openSync(path, "wx+", 0o600);
    unlinkSync(path);
    return new TextSpill(fd, new TextFile(fd));
  }

  /** The same chunk, with its text on disk instead of in memory. */
  park(chunk: Chunk): Chunk {
    const bytes = Buffer.from(chunk.text, "utf8");
    const offset = this.bytesWritten;
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done, bytes.length - done, offset + done);
    this.bytesWritten += bytes.length;
    const { text: _parked, ...fields } = chunk;
    return new ParkedChunk(
      {
        ...fields,
        headingPath: fields.headingPath.map((h) => this.own(h)),
        locator: { ...fields.locator, paragraph: this.own(fields.locator.paragraph), section: this.own(fields.locator.section) },
        ...(fields.marks
          ? { marks: fields.marks.map((m) => ({ ...m, paragraph: this.own(m.paragraph), section: this.own(m.section) })) }
          : {}),
      },
      this.file,
      offset,
      bytes.length,
    );
  }

  /** Every parked chunk's text is unreadable afterwards. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  private own<T extends string | null>(text: T): T {
    if (text === null) return text;
    let copy = this.strings.get(text);
    if (copy === undefined) {
      copy = Buffer.from(text, "utf8").toString("utf8");
      this.strings.set(copy, copy);
    }
    return copy as T;
  }
}

/** A chunk whose text is in the spill file. */
class ParkedChunk implements Chunk {
  declare id: string;
  declare source: string;
  declare title: string;
  declare publisher: string;
  declare date: string;
  declare type: Chunk["type"];
  declare audience?: string[];
  declare url?: string;
  declare headingPath: string[];
  declare locator: Chunk["locator"];
  declare marks?: Chunk["marks"];
  declare start: number;
  declare end: number;
  declare contentHash: string;
  declare alsoIn: Chunk["alsoIn"];

  constructor(
    fields: Omit<Chunk, "text">,
    private readonly file: TextFile,
    private readonly offset: number,
    private readonly bytes: number,
  ) {
    Object.assign(this, fields);
  }

  get text(): string {
    return this.file.read(this.offset, this.bytes);
  }

  /** The plain record, text included, as a chunk that holds its text would print. */
  toJSON(): Chunk {
    const { file: _file, offset: _offset, bytes: _bytes, ...fields } = this;
    return { ...fields, text: this.text };
  }
}
