import type { EventJournal } from "../../../src/slack/delivery/journal/eventJournal.js";

type Method = Exclude<keyof EventJournal, "close">;

/** better-sqlite3's error when the disk (or max_page_count) is full. */
export function diskFull(): Error {
  return Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
}

/**
 * A journal whose chosen methods fail their next calls (an injected fault: a full disk, a dropped
 * connection), then behave; every call is counted, so a test can wait for the fault to have been met.
 */
export class FlakyJournal implements EventJournal {
  private readonly faults = new Map<Method, { times: number; error: () => Error }>();
  readonly calls = new Map<Method, number>();
  readonly failed = new Map<Method, number>();

  constructor(readonly inner: EventJournal) {}

  record = this.wrap("record");
  claim = this.wrap("claim");
  takePending = this.wrap("takePending");
  renew = this.wrap("renew");
  confirm = this.wrap("confirm");
  markAnswered = this.wrap("markAnswered");
  notePosted = this.wrap("notePosted");
  postedTs = this.wrap("postedTs");
  markFailed = this.wrap("markFailed");
  retryFailed = this.wrap("retryFailed");
  failures = this.wrap("failures");
  release = this.wrap("release");
  prune = this.wrap("prune");
  countPending = this.wrap("countPending");

  failNext(method: Method, times: number, error: () => Error = diskFull): void {
    this.faults.set(method, { times, error });
  }

  private wrap<M extends Method>(method: M): EventJournal[M] {
    return ((...args: unknown[]) => this.call(method, args)) as EventJournal[M];
  }

  private async call(method: Method, args: unknown[]): Promise<unknown> {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    const fault = this.faults.get(method);
    if (fault && fault.times > 0) {
      fault.times -= 1;
      this.failed.set(method, (this.failed.get(method) ?? 0) + 1);
      throw fault.error();
    }
    return (this.inner[method] as (...a: unknown[]) => Promise<unknown>).apply(this.inner, args);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
