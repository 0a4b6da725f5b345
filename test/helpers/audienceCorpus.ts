import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { IndexSnapshot } from "../../src/index/snapshot.js";
import { prepareIndex, type PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { tempDir } from "../../testkit/fixtures.js";
import { memorySnapshot } from "./memorySnapshot.js";

/**
 * A small corpus in a temp folder with two papers only the board may see: a draft practice review, and
 * a board reprint of a public guidance note (the same text as a public document, to show that a duplicate
 * never carries a restricted paper's name to the public, nor hides the public text).
 */

export const RESTRICTED = "2024-03-draft-practice-review.txt";
export const REPRINT = "2024-03-board-pack-discharge-reprint.txt";
export const PUBLIC = "2021-05-hospital-discharge-guidance.txt";
export const OTHER = "2019-02-school-attendance-procedure.txt";

export const RESTRICTED_TITLE = "Draft practice review: neonatal handover";
/** Words found only in the restricted review. */
export const RESTRICTED_MARKER = "neonatal handover";
export const RESTRICTED_QUESTION = "what did the practice review find about the neonatal handover to health visitors?";

const DISCHARGE = `Hospital discharge planning

Before a baby leaves hospital, the ward must agree a discharge plan with the family and with the community midwife.

Professionals should record the reasons for every discharge decision and share them with the health visitor within two working days.

Where there are safeguarding concerns, a discharge planning meeting must be held before the baby goes home, and children's social care must attend it.
`;

const FILES: Record<string, string> = {
  [RESTRICTED]: `Findings of the draft practice review

The draft practice review found that the neonatal handover between the maternity ward and the health visiting service was missed in four of the six cases examined.

Reviewers recommend that the neonatal handover is confirmed by telephone, and that the health visitor records the date of the first home visit on the shared record.

Practitioners told the reviewers that the neonatal handover form was often completed after the baby had gone home.
`,
  [REPRINT]: DISCHARGE,
  [PUBLIC]: DISCHARGE,
  [OTHER]: `School attendance procedure

A child missing education must be reported to the education welfare service after ten school days of unexplained absence.

Schools should make two home visits before the referral, and record what they found each time.
`,
};

const METADATA = {
  [RESTRICTED]: {
    title: RESTRICTED_TITLE,
    publisher: "Test Partnership",
    date: "2024-03-01",
    type: "partnership-report",
    audience: ["board"],
  },
  [REPRINT]: {
    title: "Board pack: discharge guidance reprinted",
    publisher: "Test Partnership",
    date: "2024-03-02",
    type: "committee-papers",
    audience: ["board"],
  },
  [PUBLIC]: { title: "Hospital discharge guidance", publisher: "Test Partnership", date: "2021-05-01", type: "guidance" },
  [OTHER]: { title: "School attendance procedure", publisher: "Test Council", date: "2019-02-01", type: "procedure" },
};

/** Writes the corpus into a new temp folder; `remove` in afterAll. */
export function audienceCorpus() {
  const temp = tempDir("safeguide-audience-");
  const corpusDir = join(temp.dir, "corpus");
  mkdirSync(corpusDir);
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(corpusDir, name), text);
  writeFileSync(join(corpusDir, "metadata.json"), JSON.stringify(METADATA, null, 2));
  return {
    root: temp.dir,
    corpusDir,
    env: {
      CORPUS_DIR: corpusDir,
      INDEX_DIR: join(temp.dir, "data", "index"),
      DATA_DIR: join(temp.dir, "data"),
      EMBEDDINGS: "local",
      LSA_DIMENSIONS: "8",
      LOG_LEVEL: "silent",
    },
    remove: () => temp.remove(),
  };
}

/**
 * The corpus in memory, with a manifest for status and a dense side that returns every chunk, restricted
 * ones first: retrieval must drop them, not rank them.
 */
export async function audienceSnapshot(corpusDir: string): Promise<PreparedIndex> {
  const lexicalOnly = await memorySnapshot(corpusDir);
  const denseOrder = [...lexicalOnly.chunks].sort((a, b) => Number(!!b.audience) - Number(!!a.audience)).map((c) => c.id);
  const placeOf = (file: string) => lexicalOnly.chunks.all().find((c) => c.source === file || c.alsoIn.some((o) => o.source === file))!;
  return prepareIndex({
    ...lexicalOnly,
    dense: { search: async (_vector, k) => denseOrder.slice(0, k).map((id, i) => ({ id, similarity: 1 - i / 1000 })) },
    manifest: {
      version: "memory",
      builtAt: "2026-12-01T00:00:00Z",
      embedding: { model: "lsa", dimension: 8 },
      sources: Object.keys(FILES)
        .sort()
        .map((file) => ({ file, title: placeOf(file).title, date: placeOf(file).date, type: placeOf(file).type })),
    } as unknown as IndexSnapshot["manifest"],
  });
}
