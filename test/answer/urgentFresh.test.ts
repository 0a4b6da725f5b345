import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { URGENT_LAST_FLAGGED, URGENT_LAST_MISSED, URGENT_MEASURED } from "../../src/eval/measuredFresh.js";
import { outOfSet, parseLabelled, URGENT_JUDGE_FILE, URGENT_LABELLED_FILES } from "../../src/eval/urgentFolds.js";
import { judgeFresh } from "../../src/eval/urgentFresh.js";
import { urgentReportSection } from "../../src/eval/urgentReport.js";

/**
 * The fresh urgent sets: each written blind after the features of a commit were frozen, measured once
 * (src/eval/measuredFresh.ts), then read and added to the fitting; the last, the judge of the shipped
 * weights, is never fitted on.
 */

const read = (file: string) => ({ path: basename(file), rows: parseLabelled(readFileSync(file, "utf8")) });
const SETS = URGENT_LABELLED_FILES.map(read);
const JUDGE = read(URGENT_JUDGE_FILE);
// Until the next blind set is written, the judge is fitted on too and is the last labelled set.
const JUDGE_FITTED = URGENT_LABELLED_FILES.includes(URGENT_JUDGE_FILE);
const FRESH = JUDGE_FITTED ? SETS.slice(1) : [...SETS.slice(1), JUDGE];

describe("the fresh urgent sets", () => {
  it("are the sets measured once, in order, each with the questions it was measured on", () => {
    expect(FRESH.map((s) => s.path)).toEqual(URGENT_MEASURED.map((m) => m.path));
    FRESH.forEach((s, i) => {
      expect(s.rows.filter((r) => r.urgent)).toHaveLength(URGENT_MEASURED[i].urgent);
      expect(s.rows.filter((r) => !r.urgent)).toHaveLength(URGENT_MEASURED[i].plain);
    });
  });

  it("repeat no question of an earlier set, and speak in many voices", () => {
    const seen = new Set<string>();
    for (const s of [SETS[0], ...FRESH]) {
      const texts = s.rows.map((r) => r.text.toLowerCase());
      expect(texts.filter((t) => seen.has(t))).toEqual([]);
      texts.forEach((t) => seen.add(t));
    }
    for (const s of FRESH) expect(new Set(s.rows.filter((r) => r.urgent).map((r) => r.speaker)).size).toBeGreaterThanOrEqual(6);
  });

  it("are judged, the last of them, by the shipped weights as it was once, through the guard", () => {
    const judged = judgeFresh(JUDGE.rows);
    const measured = URGENT_MEASURED.at(-1)!;
    expect(JUDGE.path).toBe(measured.path);
    expect(judged.urgent - judged.missed.length).toBeGreaterThanOrEqual(measured.caught);
    expect(judged.falseAlarms.length).toBeLessThanOrEqual(measured.flagged);
  });

  it("catch, each held out of the fitting in turn, at least as many urgent questions as the last fitted one did once, and no more than 7% false alarms overall", () => {
    // Sets measured before the told-part reading (b3226d2), which trades a few false alarms for fewer misses, are
    // among those fitted: the last one's recall is held, and false alarms over all the sets held out.
    const held = outOfSet(SETS.map((s) => s.rows));
    const last = held.perFold.at(-1)!;
    const measured = URGENT_MEASURED.find((m) => m.path === SETS.at(-1)!.path)!;
    expect(last.recall).toBeGreaterThanOrEqual(measured.caught / measured.urgent);
    expect(held.recall).toBeGreaterThanOrEqual(0.98);
    expect(held.falsePositiveRate).toBeLessThanOrEqual(0.07);
    // One model fitted per labelled set (eighteen now, more each round): 35 s alone, 78 s beside CI's other suites.
  }, 600_000);

  it("records the last set's misses and false alarms as questions of that set", () => {
    const last = JUDGE.rows;
    const urgent = new Set(last.filter((r) => r.urgent).map((r) => r.text));
    const plain = new Set(last.filter((r) => !r.urgent).map((r) => r.text));
    expect(URGENT_LAST_MISSED.every((t) => urgent.has(t))).toBe(true);
    expect(URGENT_LAST_FLAGGED.every((t) => plain.has(t))).toBe(true);
    expect(URGENT_LAST_MISSED).toHaveLength(URGENT_MEASURED.at(-1)!.urgent - URGENT_MEASURED.at(-1)!.caught);
    expect(URGENT_LAST_FLAGGED).toHaveLength(URGENT_MEASURED.at(-1)!.flagged);
  });

  it("are reported with each labelled set held out, then each fresh set's figures as measured once", () => {
    const section = urgentReportSection({
      labelled: SETS.slice(0, 2),
      measured: URGENT_MEASURED.slice(0, 2),
      last: { missed: ["a missed one"], flagged: [] },
      words: 12,
    });
    expect(section).toMatch(/### Each labelled set judged by weights fitted on the others[\s\S]*### Fresh sets, each measured once/);
    expect(section).toContain(
      "| `urgent-fresh-2.jsonl` (follow-ups, voice notes, coaches, youth workers) | 5d2c351 | 88 | 0.886 | 0.045 | missed |",
    );
    expect(section).toContain("| `urgent.jsonl` | 216 |");
    expect(section).toMatch(/Urgent questions missed:\n\n- a missed one/);
    expect(section).toContain("Plain questions flagged: none.");
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
});
