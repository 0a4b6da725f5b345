import { createHash, randomBytes } from "node:crypto";
import pino from "pino";
import type { Config } from "./config.js";
import { REDACT_PATHS, safeError, scrubText } from "./redact.js";

export type Logger = pino.Logger;
export type LogLevelName = Config["logLevel"];

/**
 * A JSON logger on stderr (stdout stays free for machine output). Tests pass their own stream to read
 * the lines back. Callers log question fields, never text; behind that, one redaction layer for every
 * logger (Bolt's included, see slack/boltLogger.ts): errors are logged through safeError, known fields
 * are censored, and each line is scrubbed of token-shaped strings before it is written.
 */
export function createLogger(level: LogLevelName = "info", stream?: pino.DestinationStream): Logger {
  const destination = stream ?? pino.destination({ dest: 2, sync: true });
  return pino(
    {
      level,
      base: { app: "safeguide" },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: safeError, error: safeError },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    { write: (line: string) => destination.write(scrubText(line)) },
  );
}

/** What may be logged about a question: its length and a short hash, never the words. */
export function questionFields(question: string): { questionLength: number; questionHash: string } {
  const questionHash = createHash("sha256").update(question).digest("hex").slice(0, 12);
  return { questionLength: question.length, questionHash };
}

/** A short id shown to the user in an apology and written to the matching log line. */
export function newReferenceId(): string {
  return randomBytes(4).toString("hex");
}
