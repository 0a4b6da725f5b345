import { Worker } from "node:worker_threads";
import type { LoadedText } from "../types.js";
import { LoadError } from "./errors.js";
import { readPdf } from "./pdf.js";
import type { PdfReply } from "./pdfWorker.js";

/**
 * PDFs are read on a thread of their own, ended once no PDF has been asked for in a while: pdfjs and the
 * garbage it leaves are then given back whole, instead of raising the reindex's memory for every later
 * stage. The heap limit also turns a PDF that would exhaust memory into a failed file, not a dead reindex.
 * The tests run the TypeScript sources, which a worker thread cannot load; there the PDF is read in-process.
 */

const IDLE_MS = 1_000;
const HEAP_LIMIT_MB = 512;
const COMPILED = !import.meta.url.endsWith(".ts");

let thread: { worker: Worker; pending: Map<number, { resolve: (t: LoadedText) => void; reject: (e: Error) => void }> } | null = null;
let idle: NodeJS.Timeout | null = null;
let seq = 0;

export function loadPdf(bytes: Uint8Array): Promise<LoadedText> {
  if (!COMPILED) return readPdf(bytes);
  if (idle) clearTimeout(idle);
  const { worker, pending } = (thread ??= start());
  worker.ref();
  const id = ++seq;
  return new Promise<LoadedText>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, bytes });
  });
}

function start(): NonNullable<typeof thread> {
  const worker = new Worker(new URL("./pdfWorker.js", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } });
  const pending: NonNullable<typeof thread>["pending"] = new Map();
  const current = { worker, pending };
  worker.on("message", (reply: PdfReply) => {
    const call = pending.get(reply.id);
    pending.delete(reply.id);
    if ("loaded" in reply) call?.resolve(reply.loaded);
    else call?.reject(new LoadError(reply.reason));
    if (pending.size === 0) {
      worker.unref();
      idle = setTimeout(() => stop(current), IDLE_MS).unref();
    }
  });
  const fail = (why: string) => {
    if (thread === current) thread = null;
    for (const call of pending.values()) call.reject(new LoadError(`the PDF reader stopped: ${why}`));
    pending.clear();
  };
  worker.on("error", (error) => fail(error.message));
  worker.on("exit", (code) => fail(`exit code ${code}`));
  return current;
}

function stop(current: NonNullable<typeof thread>): void {
  if (thread === current && current.pending.size === 0) {
    thread = null;
    void current.worker.terminate();
  }
}
