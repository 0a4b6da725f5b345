import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { sentencesOf } from "../../src/answer/candidates.js";
import { isVerbatim } from "../../src/corpus/verbatim.js";
import type { IndexSnapshot } from "../../src/index/snapshot.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** Figures in tables: a row is one quotable unit with its row heading, verbatim, under its table's heading. */

const REPORT = "2023-kscp-assurance-report-2022-23.md";
let snapshot: IndexSnapshot;
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
});

describe("table rows", () => {
  it("quotes a row whole, row heading and figure together, never the separator or a lone cell", () => {
    const text =
      "### Child Protection Plans in 2022 by Category of Abuse\n\n| | |\n|-----|-----|\n| Neglect | 269 |\n| Emotional Abuse | 212 |";
    expect(sentencesOf({ text, headingPath: ["Child Protection Plans in 2022 by Category of Abuse"] })).toEqual([
      "Neglect | 269",
      "Emotional Abuse | 212",
    ]);
  });

  it("finds every row of the report's tables in a chunk under its heading, verbatim in the source file", () => {
    const source = readFileSync(`corpus/${REPORT}`, "utf8");
    const chunks = [...snapshot.chunks].filter((c) => c.source === REPORT && /\n\|[^-]/.test(c.text));
    expect(chunks.length).toBeGreaterThan(3);
    const plans = chunks.find((c) => c.headingPath.join(" ").includes("Child Protection Plans in 2022"));
    expect(plans && sentencesOf(plans)).toEqual(expect.arrayContaining(["Neglect | 269", "Physical Abuse | 78"]));
    for (const chunk of chunks)
      for (const row of sentencesOf(chunk).filter((s) => s.includes("|"))) expect(isVerbatim(row, source)).toBe(true);
  });
});
