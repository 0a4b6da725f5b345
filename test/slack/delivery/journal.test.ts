import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { deliveryKey } from "../../../src/slack/delivery/journal/deliveryKey.js";
import { SqliteEventJournal } from "../../../src/slack/delivery/journal/sqliteJournal.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const A = { owner: "A", ms: 1000 };
const B = { owner: "B", ms: 1000 };

describe("SqliteEventJournal", () => {
  it("records a key once; the record survives closing and reopening the file", async () => {
    dir = mkdtempSync(join(tmpdir(), "safeguide-journal-"));
    const first = SqliteEventJournal.open(dir);
    expect(await first.record("event:Ev1", { q: 1 }, A)).toEqual({ isNew: true });
    expect(await first.record("event:Ev1", { q: 1 }, A)).toEqual({ isNew: false });
    await first.close();
    const again = SqliteEventJournal.open(dir);
    expect(await again.record("event:Ev1", { q: 1 }, B)).toEqual({ isNew: false });
    expect(await again.countPending()).toBe(1);
    await again.close();
  });

  it("leases a pending delivery to one owner until the lease runs out, then to another", async () => {
    let now = 0;
    const journal = new SqliteEventJournal(":memory:", () => now);
    await journal.record("k1", { n: 1 }, A);
    expect(await journal.takePending(B, 10)).toEqual([]);
    now = 1000;
    expect(await journal.takePending(B, 10)).toEqual([{ key: "k1", body: { n: 1 }, receivedAt: 0 }]);
    expect(await journal.takePending(A, 10)).toEqual([]);
    await journal.renew(["k1"], B);
    now = 1999;
    expect(await journal.takePending(A, 10)).toEqual([]);
    await journal.release("k1", "A");
    expect(await journal.takePending(A, 10)).toEqual([]);
    await journal.release("k1", "B");
    expect((await journal.takePending(A, 10)).map((d) => d.key)).toEqual(["k1"]);
  });

  it("lets only the current holder of a delivery post its answer (fencing a process that stalled past its lease)", async () => {
    let now = 0;
    const journal = new SqliteEventJournal(":memory:", () => now);
    await journal.record("k1", { n: 1 }, A);
    now = 1500;
    expect(await journal.confirm("k1", A)).toBe(true);
    now = 3000;
    expect((await journal.takePending(B, 10)).map((d) => d.key)).toEqual(["k1"]);
    expect(await journal.confirm("k1", A)).toBe(false);
    expect(await journal.confirm("k1", B)).toBe(true);
    await journal.markAnswered("k1");
    expect(await journal.confirm("k1", B)).toBe(false);
  });

  it("never hands out an answered delivery, and prunes it (not a pending one) after the retention", async () => {
    let now = 0;
    const journal = new SqliteEventJournal(":memory:", () => now);
    await journal.record("answered", {}, A);
    await journal.record("pending", {}, A);
    await journal.markAnswered("answered");
    now = 5000;
    expect((await journal.takePending(B, 10)).map((d) => d.key)).toEqual(["pending"]);
    await journal.prune(1000);
    expect(await journal.record("answered", {}, A)).toEqual({ isNew: true });
    expect(await journal.record("pending", {}, A)).toEqual({ isNew: false });
  });

  it("gives a de-duplication claim to the first delivery, and again to that delivery after a restart", async () => {
    const journal = new SqliteEventJournal(":memory:");
    expect(await journal.claim("msg:m1", "event:Ev1")).toBe(true);
    expect(await journal.claim("msg:m1", "event:Ev2")).toBe(false);
    expect(await journal.claim("msg:m1", "event:Ev1")).toBe(true);
  });
});

describe("deliveryKey()", () => {
  it("names an event by its event_id and a command or interaction by its whole body", () => {
    expect(deliveryKey({ type: "event_callback", event_id: "Ev9", event: {} })).toBe("event:Ev9");
    const command = { command: "/safeguide", text: "q", trigger_id: "t1" };
    expect(deliveryKey(command)).toMatch(/^command:[0-9a-f]{64}$/);
    expect(deliveryKey({ ...command })).toBe(deliveryKey(command));
    expect(deliveryKey({ ...command, trigger_id: "t2" })).not.toBe(deliveryKey(command));
    expect(deliveryKey({ type: "block_actions", trigger_id: "t1" })).toMatch(/^block_actions:/);
  });
});
