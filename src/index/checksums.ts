import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/**
 * Every file of an index version has its size and sha256 in the manifest (DESIGN.md, "Integrity"). A
 * version is checked against them before any of its files is parsed or handed to hnswlib's native code, so
 * a damaged file is refused by name instead of crashing the process or serving altered text as a quote.
 */

export interface FileChecksum {
  bytes: number;
  sha256: string;
}

export type FileChecksums = Record<string, FileChecksum>;

/** The size and sha256 of every file in `dir` except `skip` (the manifest, which records them). */
export async function checksumDirectory(dir: string, skip: string): Promise<FileChecksums> {
  const files: FileChecksums = {};
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name !== skip).map((e) => e.name);
  for (const name of names.sort()) files[name] = await checksumFile(join(dir, name));
  return files;
}

export async function checksumFile(path: string): Promise<FileChecksum> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const piece of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(piece);
    bytes += piece.length;
  }
  return { bytes, sha256: hash.digest("hex") };
}

/**
 * Throws an Error naming the first file that is missing from the record, missing on disk, of another size
 * or with other bytes. The size is compared first, so a truncated file is found without reading it.
 */
export async function verifyChecksums(dir: string, recorded: FileChecksums, required: readonly string[]): Promise<void> {
  for (const name of required) {
    if (!recorded[name]) throw new Error(`the manifest records no checksum for ${name}`);
  }
  for (const [name, expected] of Object.entries(recorded)) {
    const path = join(dir, name);
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
      throw new Error(e.code === "ENOENT" ? `${name} is missing` : `${name} could not be read (${e.code ?? e.message})`);
    });
    if (!info.isFile()) throw new Error(`${name} is not a regular file`);
    if (info.size !== expected.bytes)
      throw new Error(`${name} holds ${info.size} bytes where the manifest says ${expected.bytes} (truncated or overwritten?)`);
    const actual = await checksumFile(path).catch((e: NodeJS.ErrnoException) => {
      throw new Error(`${name} could not be read (${e.code ?? e.message})`);
    });
    if (actual.sha256 !== expected.sha256)
      throw new Error(`${name} does not match its checksum in the manifest (its bytes changed since it was written)`);
  }
}
