import { closeSync, readSync } from "node:fs";

/** How many chunk texts a loaded version keeps decoded. */
const TEXT_CACHE = 2048;

/** Texts read from texts.bin on demand; the file stays open while any chunk of this version is alive. */
export class TextFile {
  private readonly cache = new Map<number, string>();
  private scratch = Buffer.allocUnsafe(64 * 1024);

  constructor(private readonly fd: number) {}

  read(offset: number, bytes: number): string {
    const hit = this.cache.get(offset);
    if (hit !== undefined) {
      this.cache.delete(offset);
      this.cache.set(offset, hit);
      return hit;
    }
    if (bytes > this.scratch.length) this.scratch = Buffer.allocUnsafe(bytes);
    let done = 0;
    while (done < bytes) {
      const n = readSync(this.fd, this.scratch, done, bytes - done, offset + done);
      if (n === 0) throw new Error("texts.bin ended early");
      done += n;
    }
    const text = this.scratch.toString("utf8", 0, bytes);
    this.cache.set(offset, text);
    if (this.cache.size > TEXT_CACHE) this.cache.delete(this.cache.keys().next().value!);
    return text;
  }
}

/** Closes a texts.bin once nothing of its version is reachable. */
export const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});
