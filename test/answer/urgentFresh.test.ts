import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { guardQuestion } from "../../src/answer/guards/guardQuestion.js";
import type { IndexSnapshot } from "../../src/index/snapshot.js";
import { judgeFresh } from "../../src/eval/urgentFresh.js";
import { parseLabelled } from "../../src/eval/urgentFolds.js";
import { urgentReportSection } from "../../src/eval/urgentReport.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** The set written after the urgent features were frozen, judged by the shipped weights through the guard. */

const FRESH = parseLabelled(readFileSync("test/answer/data/urgent-fresh.jsonl", "utf8"));
const FRESH_2 = parseLabelled(readFileSync("test/answer/data/urgent-fresh-2.jsonl", "utf8"));
const FRESH_3 = parseLabelled(readFileSync("test/answer/data/urgent-fresh-3.jsonl", "utf8"));
const LABELLED = parseLabelled(readFileSync("test/answer/data/urgent.jsonl", "utf8"));

let snapshot: IndexSnapshot;
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
});
const urgentFirst = (text: string) => guardQuestion(text, snapshot, { urgent: null }).notices[0]?.kind === "urgent";

describe("the fresh urgent set", () => {
  it("holds at least 120 questions, half urgent, in many voices, none from the labelled set", () => {
    expect(FRESH.length).toBeGreaterThanOrEqual(120);
    expect(FRESH.filter((r) => r.urgent).length).toBeGreaterThanOrEqual(55);
    expect(FRESH.filter((r) => !r.urgent).length).toBeGreaterThanOrEqual(55);
    expect(new Set(FRESH.filter((r) => r.urgent).map((r) => r.speaker)).size).toBeGreaterThanOrEqual(8);
    const seen = new Set(LABELLED.map((r) => r.text.toLowerCase()));
    expect(FRESH.filter((r) => seen.has(r.text.toLowerCase()))).toEqual([]);
  });

  it("meets the targets: urgent message first for >= 98% of urgent questions, <= 3% of plain ones flagged", () => {
    const g = judgeFresh(FRESH, urgentFirst);
    expect(g.recall).toBeGreaterThanOrEqual(0.98);
    expect(g.falsePositiveRate).toBeLessThanOrEqual(0.03);
  });

  it("counts a miss and a false alarm", () => {
    const g = judgeFresh(
      [
        { text: "a", urgent: true },
        { text: "b", urgent: true },
        { text: "c", urgent: false },
      ],
      (t) => t !== "a",
    );
    expect([g.recall, g.falsePositiveRate, g.missed, g.falseAlarms]).toEqual([0.5, 1, ["a"], ["c"]]);
  });

  it("is reported beside the labelled set's out-of-fold figures", () => {
    const section = urgentReportSection({
      labelled: { path: "urgent.jsonl", rows: LABELLED },
      fresh: [
        { path: "urgent-fresh.jsonl", rows: FRESH, title: "Fresh set 1", about: "First." },
        { path: "urgent-fresh-2.jsonl", rows: FRESH_2, title: "Fresh set 2", about: "Second." },
      ],
      urgentFirst,
    });
    expect(section).toMatch(/### Labelled set, out of fold[\s\S]*### Fresh set 1 \(`urgent-fresh.jsonl`\)[\s\S]*### Fresh set 2 /);
    expect(section).toMatch(/88 questions \(44 urgent, 44 plain look-alikes\)\. Second\./);
    expect(section).toMatch(/urgent recall, urgent message first \| 0\.9[89]\d|urgent recall, urgent message first \| 1\.000/);
  });
});

/** Written after the features of 5d2c351 (framing against a danger here and now) were frozen; measured once. */
describe("the second fresh urgent set", () => {
  it("holds at least 80 questions, half urgent, in many voices with follow-ups, none seen before", () => {
    expect(FRESH_2.length).toBeGreaterThanOrEqual(80);
    expect(FRESH_2.filter((r) => r.urgent).length).toBe(FRESH_2.filter((r) => !r.urgent).length);
    expect(new Set(FRESH_2.filter((r) => r.urgent).map((r) => r.speaker)).size).toBeGreaterThanOrEqual(8);
    expect(FRESH_2.filter((r) => r.urgent && r.speaker === "followup").length).toBeGreaterThanOrEqual(5);
    const seen = new Set([...LABELLED, ...FRESH].map((r) => r.text.toLowerCase()));
    expect(FRESH_2.filter((r) => seen.has(r.text.toLowerCase()))).toEqual([]);
  });

  it("keeps its measured figures through the guard (below the goals: reported as missed in docs/EVAL.md)", () => {
    const g = judgeFresh(FRESH_2, urgentFirst);
    expect(g.recall).toBeGreaterThanOrEqual(39 / 44);
    expect(g.falsePositiveRate).toBeLessThanOrEqual(2 / 44);
  });
});

/** Written blind (no code, no labelled set seen) after the features of b6c84af were frozen; measured once. */
describe("the third fresh urgent set", () => {
  it("holds 140 questions, half urgent, in many voices with follow-ups, none seen before", () => {
    expect(FRESH_3.length).toBe(140);
    expect(FRESH_3.filter((r) => r.urgent).length).toBe(70);
    expect(new Set(FRESH_3.filter((r) => r.urgent).map((r) => r.speaker)).size).toBeGreaterThanOrEqual(6);
    const seen = new Set([...LABELLED, ...FRESH, ...FRESH_2].map((r) => r.text.toLowerCase()));
    expect(FRESH_3.filter((r) => seen.has(r.text.toLowerCase()))).toEqual([]);
  });

  it("keeps its measured figures through the guard (below the goals: reported as missed in docs/EVAL.md)", () => {
    const g = judgeFresh(FRESH_3, urgentFirst);
    expect(g.recall).toBeGreaterThanOrEqual(65 / 70);
    expect(g.falsePositiveRate).toBeLessThanOrEqual(15 / 70);
  });
});
