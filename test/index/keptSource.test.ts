import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type ReindexReport } from "../../src/index/build.js";
import { loadIndex } from "../../src/index/load.js";
import type { IndexSnapshot } from "../../src/index/snapshot.js";
import { queryFor } from "../../src/retrieve/lexicon.js";
import { candidatesFor } from "../../src/retrieve/search.js";
import { buildPdf } from "../../testkit/fixtures.js";
import { makeCorpus, METADATA, TOPICS, type TestCorpus } from "./helpers.js";
import { prepareIndex } from "../../src/retrieve/indexDerived.js";

/** Issue 24: a file that fails mid-reindex keeps its previous chunks; a failing file never indexed is skipped. */

const REPORT = "2022-05-exploitation-report.pdf";
const NEGLECT = "2021-03-neglect-guidance.md";
const NEW_BROKEN = "2024-02-new-report.pdf";
const PASSAGE = "The exploitation hub reviews every missing episode within 72 hours";
// Deterministically unreadable: a PDF header with no structure after it.
const BROKEN_PDF = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n${"not a page\n".repeat(40)}`);

let corpus: TestCorpus;
let first: ReindexReport;
let pdfBytes: Uint8Array;
let firstBuiltAt: string;

beforeAll(async () => {
  pdfBytes = await buildPdf([
    [
      ["Criminal exploitation"],
      ["Children criminally exploited through county lines are groomed to carry drugs and money between towns."],
      [`${PASSAGE}, and return home interviews are offered to each exploited child.`],
    ],
  ]);
  corpus = makeCorpus(
    { [NEGLECT]: TOPICS[NEGLECT], [REPORT]: pdfBytes },
    {
      [NEGLECT]: METADATA[NEGLECT],
      [REPORT]: { title: "Exploitation report", publisher: "Ofsted", date: "2022-05-01", type: "inspection-report" },
      [NEW_BROKEN]: { title: "New report", publisher: "Ofsted", date: "2024-02-01", type: "inspection-report" },
    },
  );
  first = await buildIndex(corpus.config());
  firstBuiltAt = (await loadIndex(corpus.config())).manifest.builtAt;
});
afterAll(() => corpus.cleanup());

const sourceIn = (report: ReindexReport, file: string) => report.sources.find((s) => s.file === file);

async function findsPassage(loaded: IndexSnapshot): Promise<boolean> {
  const snapshot = prepareIndex(loaded);
  const found = await candidatesFor(snapshot, queryFor(snapshot, "exploitation hub missing episode 72 hours"), { k: 5 });
  return found.some((c) => c.chunk.source === REPORT && c.chunk.text.includes(PASSAGE));
}

describe("a file indexed before that cannot be read now", () => {
  let rebuilt: ReindexReport;
  let snapshot: IndexSnapshot;

  beforeAll(async () => {
    expect(first).toMatchObject({ outcome: "built", exitCode: 0 });
    corpus.write(REPORT, BROKEN_PDF);
    corpus.write(NEW_BROKEN, BROKEN_PDF);
    corpus.write(NEGLECT, `${TOPICS[NEGLECT]}\nNeglect plans are reviewed every six weeks.\n`);
    rebuilt = await buildIndex(corpus.config());
    snapshot = await loadIndex(corpus.config());
  });

  it("is named as failed (exit 2) while a new version is built from the rest", () => {
    expect(rebuilt).toMatchObject({ outcome: "built", exitCode: 2 });
    expect(rebuilt.version).not.toBe(first.version);
    expect(sourceIn(rebuilt, REPORT)?.status).toBe("failed");
    expect(sourceIn(rebuilt, REPORT)?.reason).toMatch(/corrupt or unreadable PDF/);
  });

  it("keeps its previous chunks in the new version, where search still finds its passage", async () => {
    expect(snapshot.version).toBe(rebuilt.version);
    expect(await findsPassage(snapshot)).toBe(true);
    expect(snapshot.chunks.all().some((c) => c.source === NEGLECT && c.text.includes("every six weeks"))).toBe(true);
  });

  it("says so in the report and the warnings, naming the version it was kept from", () => {
    const kept = `kept its previous version from index version ${first.version} (built ${firstBuiltAt.slice(0, 10)})`;
    expect(sourceIn(rebuilt, REPORT)?.reason).toContain(kept);
    const warning = rebuilt.warnings.find((w) => w.startsWith(REPORT));
    expect(warning).toMatch(/could not be read \(corrupt or unreadable PDF/);
    expect(warning).toContain(kept);
    const record = snapshot.manifest.sources.find((s) => s.file === REPORT);
    expect(record?.keptFrom?.version).toBe(first.version);
    expect(record?.chunks).toBeGreaterThan(0);
  });

  it("skips a failing file that was never indexed, naming it, with nothing kept", () => {
    expect(sourceIn(rebuilt, NEW_BROKEN)?.status).toBe("failed");
    expect(sourceIn(rebuilt, NEW_BROKEN)?.reason).not.toMatch(/kept/);
    expect(rebuilt.warnings.some((w) => w.startsWith(NEW_BROKEN))).toBe(false);
    expect(snapshot.chunks.all().some((c) => c.source === NEW_BROKEN)).toBe(false);
    expect(snapshot.manifest.sources.map((s) => s.file)).not.toContain(NEW_BROKEN);
  });

  it("stays kept while it keeps failing: unchanged when nothing else changed, and from the same version across rebuilds", async () => {
    const again = await buildIndex(corpus.config());
    expect(again).toMatchObject({ outcome: "unchanged", exitCode: 2, version: rebuilt.version });
    expect(again.warnings.find((w) => w.startsWith(REPORT))).toContain(`from index version ${first.version}`);

    corpus.write("2023-06-early-help.txt", "Early help assessments bring families and practitioners together early.\n");
    const later = await buildIndex(corpus.config());
    expect(later).toMatchObject({ outcome: "built", exitCode: 2 });
    expect(sourceIn(later, REPORT)?.reason).toContain(`from index version ${first.version}`);
    expect(await findsPassage(await loadIndex(corpus.config()))).toBe(true);
  });

  it("is read afresh once it can be read again", async () => {
    corpus.write(REPORT, pdfBytes);
    const repaired = await buildIndex(corpus.config());
    expect(repaired.exitCode).toBe(2); // the never-indexed broken file still fails
    expect(sourceIn(repaired, REPORT)?.status).toBe("unchanged");
    corpus.remove(NEW_BROKEN);
    const clean = await buildIndex(corpus.config(), { full: true });
    expect(clean).toMatchObject({ outcome: "built", exitCode: 0 });
    const snapshotAfter = await loadIndex(corpus.config());
    expect(snapshotAfter.manifest.sources.find((s) => s.file === REPORT)?.keptFrom).toBeUndefined();
    expect(await findsPassage(snapshotAfter)).toBe(true);
  });
});

describe("a failed file whose previous chunks were split with other settings", () => {
  it("is dropped, with a warning saying why it could not be kept", async () => {
    const other = makeCorpus({ [NEGLECT]: TOPICS[NEGLECT], [REPORT]: pdfBytes }, { [NEGLECT]: METADATA[NEGLECT] });
    try {
      await buildIndex(other.config());
      other.write(REPORT, BROKEN_PDF);
      const report = await buildIndex(other.config({ CHUNK_MAX_WORDS: "60" }));
      expect(report).toMatchObject({ outcome: "built", exitCode: 2 });
      expect(report.warnings.find((w) => w.startsWith(REPORT))).toMatch(
        /previous version could not be kept: the chunking settings changed/,
      );
      expect((await loadIndex(other.config({ CHUNK_MAX_WORDS: "60" }))).chunks.all().some((c) => c.source === REPORT)).toBe(false);
    } finally {
      other.cleanup();
    }
  });
});
