import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/corpus/clean.js";
import { collapseDuplicates } from "../../src/corpus/dedupe.js";
import { splitDocument } from "../../src/corpus/split.js";
import type { CorpusDocument } from "../../src/corpus/types.js";
import { isVerbatim } from "../../src/corpus/verbatim.js";

function doc(source: string, raw: string, pageStarts: number[] = [], date = "2022-01-01"): CorpusDocument {
  const cleaned = cleanText({ text: raw, pageStarts, warnings: [] });
  return { source, metadata: { title: source, publisher: "P", date, type: "other" }, ...cleaned, contentHash: "h", bytes: raw.length };
}

describe("cleaning", () => {
  it("drops page numbers, blank-page notices and running headers, and joins hyphenated words", () => {
    const topics = ["housing", "schools", "health", "police"];
    const pages = topics.map((t, i) => `Kirklees Council report\n\nThe ${t} paragraph is about safe-\nguarding work.\nIt has a second line.\n\n${i + 1}\n`);
    const raw = pages.join("") + "This page is intentionally left blank\n";
    const starts = pages.map((_, i) => pages.slice(0, i).join("").length);
    const cleaned = cleanText({ text: raw, pageStarts: starts, warnings: [] });
    expect(cleaned.text).not.toMatch(/Kirklees Council report/);
    expect(cleaned.text).not.toMatch(/intentionally/);
    expect(cleaned.text).not.toMatch(/^\d+$/m);
    expect(cleaned.text).toContain("safeguarding work");
    expect(cleaned.pageStarts).toHaveLength(4);
    expect(cleaned.text.slice(cleaned.pageStarts[2])).toMatch(/^The health paragraph/);
  });

  it("re-joins a sentence broken by a page turn, and every cleaned sentence stays verbatim", () => {
    const raw = "Services are not yet good enough and\n\nneed to improve quickly.\n\nNext paragraph.";
    const cleaned = cleanText({ text: raw, pageStarts: [], warnings: [] });
    expect(cleaned.text).toContain("good enough and need to improve");
    expect(isVerbatim("Services are not yet good enough and need to improve quickly.", raw)).toBe(true);
  });

  it("re-joins a word hyphenated across a page turn's blank lines, as the verbatim fold does", () => {
    const raw = "Partners enable a well-\n\nembedded practice approach.\n\nNext paragraph.";
    const cleaned = cleanText({ text: raw, pageStarts: [], warnings: [] });
    expect(cleaned.text).toContain("a wellembedded practice approach.");
    expect(isVerbatim("Partners enable a wellembedded practice approach.", raw)).toBe(true);
    expect(isVerbatim("Partners enable a well-", raw)).toBe(false);
  });
});

describe("splitting", () => {
  const text = [
    "# Inspection findings",
    "2.11 Return home interviews are offered to every child who goes missing.",
    "## Headline findings",
    "Partners work well together. ".repeat(60).trim(),
    "Area\tRating\nHelp and protection\tInadequate\nCare leavers\tRequires improvement",
  ].join("\n\n");
  const d = doc("a.md", text);
  const chunks = splitDocument(d, { maxWords: 100, overlapSentences: 1 });

  it("keeps every chunk equal to its slice of the cleaned text", () => {
    for (const c of chunks) expect(c.text).toBe(d.text.slice(c.start, c.end));
  });
  it("locates chunks by heading and numbered paragraph", () => {
    const numbered = chunks.find((c) => c.text.includes("Return home interviews"))!;
    expect(numbered.locator.paragraph).toBe("2.11");
    expect(numbered.headingPath).toEqual(["Inspection findings"]);
    const long = chunks.filter((c) => c.text.includes("Partners work well"));
    expect(long.length).toBeGreaterThan(1);
    expect(long[long.length - 1].locator.section).toBe("Headline findings");
  });
  it("cuts a long paragraph at sentence ends within the word limit, keeping a table whole", () => {
    for (const c of chunks) expect(c.text.split(/\s+/).length).toBeLessThanOrEqual(110);
    expect(chunks.some((c) => c.text.includes("Help and protection\tInadequate\nCare leavers"))).toBe(true);
  });
  it("gives stable ids", () => {
    expect(splitDocument(d, { maxWords: 100, overlapSentences: 1 }).map((c) => c.id)).toEqual(chunks.map((c) => c.id));
  });
});

describe("duplicates", () => {
  it("indexes a reprinted passage once and remembers where else it occurs", () => {
    const letter = "Local partners should consider the findings of this letter together, and agree how they will respond. We have determined that Kirklees Council is the principal authority and should prepare a written statement of proposed action responding to the findings outlined in this letter.";
    const a = doc("letter.txt", `Next steps\n\n${letter}`, [], "2022-08-18");
    const filler = "The panel considered the report and asked questions about the work of the partnership. ".repeat(4);
    const b = doc("pack.txt", `Item 7\n\n${filler}\n\nNext steps\n\n${letter}\n\nMinutes of the meeting\n\n${filler}`, [], "2022-10-31");
    const all = [...splitDocument(a, { maxWords: 180, overlapSentences: 1 }), ...splitDocument(b, { maxWords: 180, overlapSentences: 1 })];
    const { chunks, duplicates } = collapseDuplicates(all);
    const kept = chunks.filter((c) => c.text.includes("principal authority"));
    expect(kept).toHaveLength(1);
    expect(kept[0].source).toBe("letter.txt");
    expect(kept[0].alsoIn.map((o) => o.source)).toEqual(["pack.txt"]);
    expect(duplicates).toHaveLength(1);
  });
});

describe("headings", () => {
  it("does not take a list set out line by line, a contact line or a label for a heading", async () => {
    const { parseBlocks } = await import("../../src/corpus/blocks.js");
    const text = [
      "Panel members",
      "Councillor Andrew Smith",
      "Councillor Jane Brown",
      "Oliver Gibson (Co-Optee)",
      "Quality assurance manager: Sarah Jones",
      "T 0300 123 1231 enquiries@example.gov.uk",
      "Executive summary",
      "Services for children are improving, and partners work well together.",
    ].join("\n\n");
    const headings = parseBlocks(text).filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual(["Executive summary"]);
  });
});
