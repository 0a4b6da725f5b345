import { Worker } from "node:worker_threads";
import type { SafeguideService } from "../../service.js";
import type { Method, Reply, Request } from "./answerWorker.js";

/**
 * The service with its answer work on a worker thread, so a server's event loop only receives and
 * acknowledges. A worker that dies fails the calls in flight and is started again on the next call.
 */
export async function createWorkerService(env: NodeJS.ProcessEnv = process.env): Promise<SafeguideService & { close(): Promise<void> }> {
  const thread = new AnswerThread(env);
  await thread.started();
  return {
    answer: (question, options) => thread.call("answer", [question, options]),
    status: (audiences) => thread.call("status", [audiences]),
    excerpts: (topic, filters, options) => thread.call("excerpts", [topic, filters, options]),
    passages: (question, options) => thread.call("passages", [question, options]),
    close: () => thread.close(),
  };
}

const FROM_SOURCES = import.meta.url.endsWith(".ts");

class AnswerThread {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  private seq = 0;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  started(): Promise<void> {
    if (this.ready) return this.ready;
    // Compiled, the worker is plain JavaScript; the tests run the sources, and boot.mjs gives their worker tsx.
    const worker = FROM_SOURCES
      ? new Worker(new URL("./boot.mjs", import.meta.url), {
          workerData: { entry: new URL("./answerWorker.ts", import.meta.url).href },
          env: this.env,
        })
      : new Worker(new URL("./answerWorker.js", import.meta.url), { env: this.env });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on("message", (reply: Reply) => {
        if ("ready" in reply) resolve();
        else if ("failed" in reply) reject(new Error(reply.failed));
        else this.settle(reply);
      });
      worker.once("error", (error) => this.fail(error, reject));
      worker.once("exit", (code) => this.fail(new Error(`the answer thread stopped (exit code ${code})`), reject));
    });
    return this.ready;
  }

  async call<T>(method: Method, args: unknown[]): Promise<T> {
    await this.started();
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve, reject });
      this.worker!.postMessage({ id, method, args } satisfies Request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    await worker?.terminate();
  }

  private settle(reply: { id: number; result?: unknown; error?: string }): void {
    const call = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.error !== undefined) call?.reject(new Error(reply.error));
    else call?.resolve(reply.result as never);
  }

  private fail(error: Error, rejectStart: (e: Error) => void): void {
    rejectStart(error);
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
    this.worker = null;
    this.ready = null;
  }
}
