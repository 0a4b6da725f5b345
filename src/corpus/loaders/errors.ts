/**
 * Why a file could not be loaded, in words an admin can act on. Kept in its own module so the format
 * loaders can throw it without importing the dispatcher that imports them.
 */
export class LoadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "LoadError";
  }
}

/** The extension is not one we read; the caller reports the file as skipped, not failed. */
export class UnsupportedFormatError extends LoadError {
  constructor(reason: string) {
    super(reason);
    this.name = "UnsupportedFormatError";
  }
}

/** The first line of an underlying error's message, short enough for a one-line report. */
export function shortCause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split("\n")[0].trim() || "unknown error";
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
