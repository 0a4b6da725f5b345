import { createHash } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { LoadedText } from "../types.js";
import { loadDocx } from "./docx.js";
import { LoadError, UnsupportedFormatError } from "./errors.js";
import { loadHtml } from "./html.js";
import { loadPdf } from "./pdfThread.js";
import { loadText } from "./text.js";

export { LoadError, UnsupportedFormatError } from "./errors.js";
export { htmlToText } from "./html.js";

type Loader = (bytes: Buffer) => LoadedText | Promise<LoadedText>;

const LOADERS: Record<string, Loader> = {
  ".txt": loadText,
  ".md": loadText,
  ".markdown": loadText,
  ".pdf": loadPdf,
  ".docx": loadDocx,
  ".html": loadHtml,
  ".htm": loadHtml,
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(LOADERS);

const MB = 1024 * 1024;

export interface LoadedFile extends LoadedText {
  /** sha256 of the bytes the text was read from. */
  contentHash: string;
  bytes: number;
}

/**
 * A file's text, by extension; every reason it cannot be read is a LoadError in an admin's words. Only a
 * regular file is read: a named pipe, socket or device is a failure, and is opened without blocking so that
 * one swapped in after the check cannot hang the reindex either.
 */
export async function loadFile(path: string, options: { maxBytes: number }): Promise<LoadedFile> {
  const info = await stat(path).catch((error) => {
    throw fileError(error);
  });
  if (!info.isFile()) throw new LoadError(notRegular(info));
  const extension = extname(path).toLowerCase();
  const loader = LOADERS[extension];
  if (!loader) {
    throw new UnsupportedFormatError(`unsupported file type ${extension ? `"${extension}"` : "(no extension)"}`);
  }
  if (info.size > options.maxBytes) {
    throw new LoadError(`${megabytes(info.size)} MB is over the ${megabytes(options.maxBytes)} MB limit (MAX_FILE_MB)`);
  }
  if (info.size === 0) throw new LoadError("empty file: no readable text");
  const bytes = await readRegularFile(path, options.maxBytes);
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  const loaded = await loader(bytes);
  if (loaded.text.trim() === "") throw new LoadError("no readable text");
  return { ...loaded, contentHash, bytes: bytes.length };
}

async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error) => {
    throw fileError(error);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new LoadError(notRegular(info));
    if (info.size > maxBytes) throw new LoadError(`${megabytes(info.size)} MB is over the ${megabytes(maxBytes)} MB limit (MAX_FILE_MB)`);
    return await handle.readFile().catch((error) => {
      throw fileError(error);
    });
  } finally {
    await handle.close();
  }
}

function notRegular(info: Stats): string {
  if (info.isDirectory()) return "is a directory, not a file";
  const kind = info.isFIFO() ? "a named pipe (FIFO)" : info.isSocket() ? "a socket" : info.isCharacterDevice() ? "a character device" : info.isBlockDevice() ? "a block device" : "a special file";
  return `not a regular file: ${kind}`;
}

function fileError(error: NodeJS.ErrnoException): LoadError {
  switch (error.code) {
    case "ENOENT":
      return new LoadError("file disappeared before it could be read");
    case "EACCES":
    case "EPERM":
      return new LoadError("permission denied: the file cannot be read");
    case "EISDIR":
      return new LoadError("is a directory, not a file");
    default:
      return new LoadError(`could not read the file: ${error.code ?? error.message}`);
  }
}

/** 12.3, or 10 for a whole number. */
function megabytes(bytes: number): string {
  return String(Math.round((bytes / MB) * 10) / 10);
}
