import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { LoadedText } from "../types.js";
import { loadDocx } from "./docx.js";
import { LoadError, UnsupportedFormatError } from "./errors.js";
import { loadHtml } from "./html.js";
import { loadPdf } from "./pdf.js";
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

/** A file's text, by extension; every reason it cannot be read is a LoadError in an admin's words. */
export async function loadFile(path: string, options: { maxBytes: number }): Promise<LoadedText> {
  const extension = extname(path).toLowerCase();
  const loader = LOADERS[extension];
  if (!loader) {
    throw new UnsupportedFormatError(`unsupported file type ${extension ? `"${extension}"` : "(no extension)"}`);
  }
  const info = await stat(path).catch((error) => {
    throw fileError(error);
  });
  if (info.isDirectory()) throw new LoadError("is a directory, not a file");
  if (!info.isFile()) throw new LoadError("not a regular file");
  if (info.size > options.maxBytes) {
    throw new LoadError(`${megabytes(info.size)} MB is over the ${megabytes(options.maxBytes)} MB limit (MAX_FILE_MB)`);
  }
  if (info.size === 0) throw new LoadError("empty file: no readable text");
  const bytes = await readFile(path).catch((error) => {
    throw fileError(error);
  });
  const loaded = await loader(bytes);
  if (loaded.text.trim() === "") throw new LoadError("no readable text");
  return loaded;
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
