import { describe, expect, it } from "vitest";
import { formatDate, formatMonthYear } from "../../src/corpus/dates.js";
import { inferDate, inferTitle, isValidIsoDate, resolveMetadata } from "../../src/corpus/metadata.js";

describe("document metadata", () => {
  it("uses a complete record as it is", () => {
    const { metadata, warnings } = resolveMetadata("a.pdf", { title: "T", publisher: "P", date: "2022-08-18", type: "inspection-letter", url: "https://x.test/a.pdf" }, "");
    expect(metadata).toEqual({ title: "T", publisher: "P", date: "2022-08-18", type: "inspection-letter", url: "https://x.test/a.pdf" });
    expect(warnings).toEqual([]);
  });
  it("infers title and date for a file without a record, with a warning", () => {
    const { metadata, warnings } = resolveMetadata("2024-03-neglect-strategy.md", undefined, "\n# Neglect strategy\n\nText.");
    expect(metadata.title).toBe("Neglect strategy");
    expect(metadata.date).toBe("2024-03");
    expect(metadata.type).toBe("other");
    expect(warnings[0]).toMatch(/no record/);
  });
  it("warns about a bad date or type and falls back, never failing", () => {
    const { metadata, warnings } = resolveMetadata("2021-05-notes.txt", { title: "N", date: "2022-13-45", type: "novel" }, "");
    expect(metadata.date).toBe("2021-05");
    expect(metadata.type).toBe("other");
    expect(warnings.join(" ")).toMatch(/not an ISO date/);
    expect(warnings.join(" ")).toMatch(/type "novel"/);
  });
  it("leaves a document undated when neither the record nor the file name has a date, never taking the file's time", () => {
    for (const record of [undefined, { title: "N" }, { title: "N", date: "last spring" }]) {
      const { metadata, warnings } = resolveMetadata("notes.txt", record, "Some notes.");
      expect(metadata.date).toBe("");
      expect(warnings.join(" ")).toMatch(/no date in metadata\.json or the file name; shown as "date unknown"/);
    }
  });
  it("validates ISO dates and infers from names", () => {
    expect(isValidIsoDate("2023-02-29")).toBe(false);
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(inferDate("2018-09-10-childrens-scrutiny-panel-pack.txt")).toBe("2018-09-10");
    expect(inferDate("2024-05-safeguarding-procedure.txt")).toBe("2024-05");
    expect(isValidIsoDate("2024-05")).toBe(true);
    expect(isValidIsoDate("2024-13")).toBe(false);
    expect(formatDate("2024-05")).toBe("May 2024");
    expect(formatDate("2024-05-01")).toBe("1 May 2024");
    expect(formatMonthYear("2024-05")).toBe("May 2024");
    expect(inferTitle("some_file-name.txt", "")).toBe("some file name");
  });
});
