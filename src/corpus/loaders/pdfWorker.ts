import { parentPort } from "node:worker_threads";
import { LoadError } from "./errors.js";
import { readPdf } from "./pdf.js";

/** The PDF thread (pdfThread.ts): one request at a time, answered with the text or why it could not be read. */

export type PdfRequest = { id: number; bytes: Uint8Array };
export type PdfReply = { id: number; loaded: Awaited<ReturnType<typeof readPdf>> } | { id: number; reason: string };

const port = parentPort;
if (!port) throw new Error("pdfWorker.ts runs only as a worker thread (pdfThread.ts)");

/** Never rejects: a PDF that cannot be read is a reply saying why. */
async function reply({ id, bytes }: PdfRequest): Promise<void> {
  try {
    port?.postMessage({ id, loaded: await readPdf(bytes) } satisfies PdfReply);
  } catch (error) {
    const reason = error instanceof LoadError ? error.reason : `corrupt or unreadable PDF: ${(error as Error)?.message ?? String(error)}`;
    port?.postMessage({ id, reason } satisfies PdfReply);
  }
}

port.on("message", (request: PdfRequest) => void reply(request));
