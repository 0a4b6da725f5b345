import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { documentNameOptions } from "../../src/answer/guards/documentNames.js";
import type { NameOptions } from "../../src/answer/guards/personalNames.js";
import { answer, type AnswerContext } from "../../src/answer/pipeline.js";
import { PERSONAL_MEASURED } from "../../src/eval/measuredFresh.js";
import { covered, parsePersonal, personalFigures } from "../../src/eval/personalFigures.js";
import { personalReportSection } from "../../src/eval/personalReport.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/**
 * The personal-data set written after the detector's rules were frozen (bcbd181): names of many cultures,
 * lower case, nicknames, initials, schools, addresses without street words, numbers, emails, dates of birth,
 * and questions naming the guidance's own officials, places and services. Measured, never tuned on.
 */

const SET = parsePersonal(readFileSync("test/answer/data/personal-set.jsonl", "utf8"));
const SET_2 = parsePersonal(readFileSync("test/answer/data/personal-set-2.jsonl", "utf8"));
const BLIND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => ({
  n,
  rows: parsePersonal(readFileSync(`test/answer/data/personal-set-${n}.jsonl`, "utf8")),
}));

let snapshot: PreparedIndex;
let names: NameOptions;
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
  names = documentNameOptions(snapshot);
});

describe("the fresh personal-data set", () => {
  it("holds at least 150 questions, with personal data of many kinds and look-alikes without", () => {
    expect(SET.length).toBeGreaterThanOrEqual(150);
    expect(SET.filter((r) => !r.spans.length).length).toBeGreaterThanOrEqual(30);
    expect(new Set(SET.flatMap((r) => r.spans.map((s) => s.kind))).size).toBeGreaterThanOrEqual(10);
    for (const r of SET) for (const s of r.spans) expect(r.text).toContain(s.text);
  });

  it("keeps its measured figures: >= 98% of personal strings out (95.1% before its misses were seen and fixed), <= 6% of clean questions redacted", () => {
    const f = personalFigures(SET, names);
    expect(f.recall).toBeGreaterThanOrEqual(0.98);
    expect(f.falseRedactionRate).toBeLessThanOrEqual(0.06);
  });

  it("is reported by eval:report: a row per set, then what the last set leaves in and what it redacts wrongly", () => {
    const f = personalFigures(SET, names);
    const section = personalReportSection(
      [
        { path: "a.jsonl", note: "tuned on", rows: SET.slice(0, 10) },
        { path: "personal-set.jsonl", note: "written after", rows: SET },
      ],
      PERSONAL_MEASURED.slice(0, 2),
      names,
      "abc1234",
      "the test index",
    );
    expect(section).toContain("## Personal data in questions");
    expect(section).toContain("last changed in abc1234");
    expect(section).toContain("| `personal-set-2.jsonl` | b6c84af | 98 | 0.918 | 20 | 6 (0.300) |");
    expect(section).toContain("| `personal-set.jsonl` | bcbd181 | 184 | 0.951 | 35 | not recorded |");
    expect(section).toContain(`| \`personal-set.jsonl\` (written after) | ${SET.length} | ${f.spans} | ${f.recall.toFixed(3)} |`);
    for (const m of f.missed) expect(section).toContain(`"${m.span}"`);
    for (const r of f.falselyRedacted) expect(section).toContain(r.text);
  });

  it("counts a string covered only when every letter and digit is inside a finding", () => {
    expect(covered("Ann Lee said", "Ann Lee", [{ start: 0, end: 3 }])).toBe(false);
    expect(covered("Ann Lee said", "Ann Lee", [{ start: 0, end: 7 }])).toBe(true);
  });
});

/** Written blind by a new tester after the rules of b6c84af were frozen: 0.918 and 6 of 20 there; seen since (3ff9cec). */
describe("the second fresh personal-data set", () => {
  it("holds 70 questions, 20 of them clean look-alikes, each span inside its question", () => {
    expect(SET_2).toHaveLength(70);
    expect(SET_2.filter((r) => !r.spans.length)).toHaveLength(20);
    for (const r of SET_2) for (const s of r.spans) expect(r.text).toContain(s.text);
  });

  it("keeps its figures since its misses were seen: every personal string out, 1 of 20 clean questions redacted", () => {
    const f = personalFigures(SET_2, names);
    expect(f.recall).toBe(1);
    expect(f.falselyRedacted.length).toBeLessThanOrEqual(1);
  });
});

/** Written blind after the rules of the commit each names were frozen; each measured once (src/eval/measuredFresh.ts). */
describe("the blind personal-data sets 3 to 12", () => {
  const measuredOf = (n: number) => PERSONAL_MEASURED.find((m) => m.path === `personal-set-${n}.jsonl`)!;

  it.each(BLIND)("set $n holds its questions, clean ones among them, each span inside its question, as measured", ({ n, rows }) => {
    const measured = measuredOf(n);
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(rows.filter((r) => !r.spans.length)).toHaveLength(measured.clean);
    expect(rows.flatMap((r) => r.spans)).toHaveLength(measured.spans);
    for (const r of rows) for (const s of r.spans) expect(r.text).toContain(s.text);
  });

  it.each(BLIND)("set $n keeps at least the figures it gave once with the rules as shipped", ({ n, rows }) => {
    const measured = measuredOf(n);
    const f = personalFigures(rows, names);
    expect(f.recall).toBeGreaterThanOrEqual(measured.out / measured.spans);
    expect(f.falselyRedacted.length).toBeLessThanOrEqual(measured.redacted!);
  });
});

describe("a question of the fresh set answers like the question without its personal data", () => {
  const context = (): AnswerContext => ({ snapshot, contacts: { urgent: null, local: null } });

  it.each([
    ["Wei Zhang (DOB 12/09/2012) disclosed neglect, how do I make a referral?", "a child disclosed neglect, how do I make a referral?"],
    [
      "Dmitri Ivanov is the mum's new partner and has a conviction, what is a Clare's Law request?",
      "the mum's new partner has a conviction, what is a Clare's Law request?",
    ],
    [
      "Nasir Ahmadi, unaccompanied, aged 16, what is the age assessment process?",
      "a child, unaccompanied, what is the age assessment process?",
    ],
    ["Precious Dube, postcode WF13 2AB, is pregnant at 15", "a girl is pregnant at 15"],
    [
      "Zara-Leigh, 10, lives with her nan at 6 Honeysuckle Way, Wakefield WF2 7TT while mum's in prison - private fostering or kinship?",
      "a girl lives with her nan while mum's in prison - private fostering or kinship?",
    ],
  ])("%s", async (withData, without) => {
    const [a, b] = [await answer(withData, context()), await answer(without, context())];
    expect(a.notices.some((n) => n.kind === "personal-data")).toBe(true);
    expect(a.answered).toBe(b.answered);
    expect(a.passages[0]?.id).toBe(b.passages[0]?.id);
  });
});
