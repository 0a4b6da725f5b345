import { mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readGapReport } from "../../src/gaps/readReport.js";
import { gapReport } from "../../src/gaps/report.js";
import { gapCsv, gapMarkdown } from "../../src/gaps/render.js";
import { SqliteGapStore } from "../../src/gaps/sqliteStore.js";
import type { GapRecord } from "../../src/gaps/types.js";

let n = 0;
const rec = (topic: string, at: string, asker: string, text = `question ${++n} about ${topic}`): GapRecord => ({
  id: String(++n),
  at,
  text,
  kind: "other",
  topic,
  focus: [topic],
  concepts: [],
  reason: "abstained",
  askerHash: asker,
});
const since = new Date("2026-01-01T00:00:00Z");

describe("the gap report", () => {
  it("groups by topic with counts per month, largest first, in the contract's JSON shape", () => {
    const report = gapReport(
      [
        rec("strategy meeting", "2026-11-03T10:00:00Z", "a"),
        rec("strategy meeting", "2026-12-01T10:00:00Z", "b"),
        rec("strategy meeting", "2026-12-09T10:00:00Z", "c"),
        rec("early help", "2026-12-02T10:00:00Z", "a"),
        rec("too old", "2025-12-31T10:00:00Z", "a"),
      ],
      { since, minAskers: 3 },
    );
    expect(Object.keys(report)).toEqual(["topics", "since", "recorded"]);
    expect(report.since).toBe("2026-01-01");
    expect(report.recorded).toBe(4);
    expect(report.topics.map((t) => [t.topic, t.count, t.months])).toEqual([
      ["strategy meeting", 3, { "2026-11": 1, "2026-12": 2 }],
      ["early help", 1, { "2026-12": 1 }],
    ]);
    expect(Object.keys(report.topics[0])).toEqual(["topic", "count", "months", "examples"]);
  });

  it("shows examples (newest first, at most three) only once enough distinct askers asked", () => {
    const three = ["a", "b", "c", "c"].map((asker, i) => rec("ehcp", `2026-12-0${i + 1}T10:00:00Z`, asker, `q${i}`));
    expect(gapReport(three, { since, minAskers: 3 }).topics[0].examples).toEqual(["q3", "q2", "q1"]);
    // Four questions, but only two people: counts only.
    const two = ["a", "b", "b", "b"].map((asker, i) => rec("ehcp", `2026-12-0${i + 1}T10:00:00Z`, asker, `q${i}`));
    const topic = gapReport(two, { since, minAskers: 3 }).topics[0];
    expect(topic.count).toBe(4);
    expect(topic.examples).toEqual([]);
    expect(gapReport(two, { since, minAskers: 2 }).topics[0].examples).toHaveLength(3);
    expect(gapMarkdown(gapReport(two, { since, minAskers: 3 }), 3)).toContain("Counts only: fewer than 3 people");
  });

  it("escapes CSV cells a spreadsheet would run as a formula", () => {
    const askers = ["a", "b", "c"];
    const report = gapReport(
      askers.map((a) => rec("=HYPERLINK(1)", "2026-12-01T10:00:00Z", a, "@SUM(A1) what then")),
      { since, minAskers: 3 },
    );
    const csv = gapCsv(report);
    expect(csv.split("\r\n")[0]).toBe("topic,count,months,examples");
    expect(csv).toContain("'=HYPERLINK(1)");
    expect(csv).toContain("'@SUM(A1) what then");
    expect(csv).not.toMatch(/(^|,)[=@+-]/m);
  });
});

describe("retention", () => {
  let dir: string;
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("deletes records older than GAP_RETENTION_DAYS when the report is read", async () => {
    dir = await mkdtemp(join(tmpdir(), "safeguide-gaps-"));
    const store = SqliteGapStore.open(dir);
    const { id: _a, ...old } = rec("old topic", "2026-08-01T10:00:00Z", "a");
    const { id: _b, ...recent } = rec("recent topic", "2026-11-20T10:00:00Z", "a");
    await store.add(old);
    await store.add(recent);
    await store.close();
    const config = { dataDir: dir, databaseUrl: null, gaps: { enabled: true, minAskers: 3, retentionDays: 90 } };
    const report = await readGapReport(config, { now: new Date("2026-12-01T00:00:00Z"), since: new Date("2020-01-01") });
    expect(report.topics.map((t) => t.topic)).toEqual(["recent topic"]);
    expect(report.since).toBe("2026-09-02");
    const reopened = SqliteGapStore.open(dir);
    expect((await reopened.list()).map((r) => r.topic)).toEqual(["recent topic"]);
    await reopened.close();
  });

  it("reads an empty report without making a store where nothing was recorded", async () => {
    dir = await mkdtemp(join(tmpdir(), "safeguide-gaps-"));
    const config = { dataDir: dir, databaseUrl: null, gaps: { enabled: false, minAskers: 3, retentionDays: 90 } };
    expect((await readGapReport(config)).recorded).toBe(0);
    expect(existsSync(join(dir, "gaps.db"))).toBe(false);
  });
});
