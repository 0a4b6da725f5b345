import { parentPort } from "node:worker_threads";
import { LoadError } from "./errors.js";
import { readPdf } from "./pdf.js";

/** The PDF thread (pdfThread.ts): one request at a time, answered with the text or why it could not be read. */

export type PdfRequest = { id: number; bytes: Uint8Array };
export type PdfReply = { id: number; loaded: Awaited<ReturnType<typeof readPdf>> } | { id: number; reason: string };

parentPort!.on("message", async ({ id, bytes }: PdfRequest) => {
  try {
    parentPort!.postMessage({ id, loaded: await readPdf(bytes) } satisfies PdfReply);
  } catch (error) {
    const reason = error instanceof LoadError ? error.reason : `corrupt or unreadable PDF: ${(error as Error)?.message ?? String(error)}`;
    parentPort!.postMessage({ id, reason } satisfies PdfReply);
  }
});
