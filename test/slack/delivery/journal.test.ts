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

/** The SQLite journal's own property; the EventJournal contract it shares with PostgreSQL is test/contracts/. */
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
