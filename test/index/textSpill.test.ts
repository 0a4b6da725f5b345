import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collapseDuplicates } from "../../src/corpus/dedupe.js";
import { splitDocument } from "../../src/corpus/split.js";
import type { CorpusDocument } from "../../src/corpus/types.js";
import { TextSpill } from "../../src/index/textSpill.js";

const paragraph = (topic: string) =>
  `Practitioners must record every ${topic} concern on the same day, share it with the designated safeguarding lead and agree the next step with the family’s lead professional.`;

function documentOf(source: string, text: string): CorpusDocument {
  return {
    source,
    metadata: { title: `Title of ${source}`, publisher: "Partnership", date: "2024-05-01", type: "procedure" },
    text,
    pageStarts: [],
    breaks: [],
    contentHash: "0".repeat(64),
    bytes: text.length,
  };
}

const original = documentOf(
  "procedure.md",
  ["# Escalation", paragraph("neglect"), "## Strategy meetings", paragraph("exploitation"), paragraph("missing-from-home")].join("\n\n"),
);
// Reprints the procedure's second section word for word: a duplicate of one of its chunks.
const reprint = documentOf(
  "panel-pack.md",
  ["## Strategy meetings", paragraph("exploitation"), paragraph("missing-from-home")].join("\n\n"),
);
const settings = { maxWords: 40, overlapSentences: 0 };
const dataDir = join(mkdtempSync(join(tmpdir(), "safeguide-spill-")), "data");

describe("chunk texts parked during a reindex", () => {
  it("read back exactly, print with their text, and hold none of it in the chunk itself", () => {
    const spill = TextSpill.open(dataDir);
    try {
      const chunks = splitDocument(original, settings);
      const parked = chunks.map((c) => spill.park(c));
      expect(parked.map((c) => c.text)).toEqual(chunks.map((c) => c.text));
      expect(JSON.parse(JSON.stringify(parked))).toEqual(JSON.parse(JSON.stringify(chunks)));
      for (const c of parked) expect(Object.getOwnPropertyNames(c)).not.toContain("text");
    } finally {
      spill.close();
    }
  });

  it("take no name in the data folder, even while open", () => {
    const spill = TextSpill.open(dataDir);
    spill.park(splitDocument(original, settings)[0]);
    expect(readdirSync(dataDir)).toEqual([]);
    spill.close();
  });

  it("stay parked through the duplicate collapse, which records the reprint as another place", () => {
    const spill = TextSpill.open(dataDir);
    try {
      const plain = collapseDuplicates([...splitDocument(original, settings), ...splitDocument(reprint, settings)]);
      const parked = collapseDuplicates(
        [...splitDocument(original, settings), ...splitDocument(reprint, settings)].map((c) => spill.park(c)),
      );
      expect(parked.duplicates).toEqual(plain.duplicates);
      expect(plain.duplicates.length).toBeGreaterThan(0);
      expect(parked.chunks.map((c) => [c.id, c.text, c.alsoIn])).toEqual(plain.chunks.map((c) => [c.id, c.text, c.alsoIn]));
      for (const c of parked.chunks) expect(Object.getOwnPropertyNames(c)).not.toContain("text");
    } finally {
      spill.close();
    }
  });

  it("cannot be read once the spill is closed", () => {
    const spill = TextSpill.open(dataDir);
    const chunk = spill.park(splitDocument(original, settings)[0]);
    spill.close();
    expect(() => chunk.text).toThrow();
  });
});
