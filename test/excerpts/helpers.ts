import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseBlocks } from "../../src/corpus/blocks.js";
import { readCorpus } from "../../src/corpus/corpus.js";
import { collapseDuplicates } from "../../src/corpus/dedupe.js";
import { splitDocument } from "../../src/corpus/split.js";
import type { CorpusDocument } from "../../src/corpus/types.js";
import type { Manifest } from "../../src/index/manifest.js";
import { buildGlossary, readCuratedAcronyms } from "../../src/index/glossary.js";
import { ChunkList } from "../../src/index/chunkList.js";
import { buildLexicalIndex } from "../../src/index/lexical.js";
import type { IndexSnapshot } from "../../src/index/snapshot.js";
import { prepareIndex, type PreparedIndex } from "../../src/retrieve/indexDerived.js";

/** The shipped corpus, read and indexed in memory once per test file (dense search stubbed out). */

export const CORPUS_DIR = fileURLToPath(new URL("../../corpus", import.meta.url));
export const JTAI = "2022-08-jtai-letter-criminal-exploitation.txt";
export const PANEL_2022 = "2022-10-31-childrens-scrutiny-panel-pack.txt";
export const OFSTED_2016 = "2016-11-ofsted-inspection-and-lscb-review.txt";

let cached: Promise<{ snapshot: PreparedIndex; documents: Map<string, CorpusDocument> }> | null = null;

export function corpusSnapshot() {
  cached ??= build();
  return cached;
}

async function build() {
  const reading = await readCorpus(CORPUS_DIR, { maxBytes: 50e6 });
  const all = reading.documents.flatMap((d) => splitDocument(d, { maxWords: 180, overlapSentences: 1 }));
  const { chunks } = collapseDuplicates(all);
  const glossary = buildGlossary(reading.documents, (await readCuratedAcronyms(CORPUS_DIR)).acronyms);
  const snapshot: IndexSnapshot = {
    version: "test-version",
    manifest: { version: "test-version" } as Manifest,
    chunks: new ChunkList(chunks),
    lexical: buildLexicalIndex(chunks),
    dense: { search: async () => [] },
    embeddings: { embedQuery: async () => [], embedDocuments: async () => [] },
    glossary,
  };
  return { snapshot: prepareIndex(snapshot), documents: new Map(reading.documents.map((d) => [d.source, d])) };
}

export function rawFile(source: string): string {
  return readFileSync(join(CORPUS_DIR, source), "utf8");
}

/** Distinct words of the corpus's chunks, for drawing random topics. */
export function corpusWords(snapshot: IndexSnapshot): string[] {
  const words = new Set<string>();
  for (const c of snapshot.chunks) for (const w of c.text.match(/\p{L}[\p{L}'’-]*/gu) ?? []) words.add(w);
  return [...words].sort();
}

/** The ground truth from the whole document: the nearest numbered line above an offset, within its section. */
export function paragraphAbove(doc: CorpusDocument, offset: number): string | null {
  const headings = parseBlocks(doc.text).filter((b) => b.kind === "heading" && b.start < offset);
  const floor = headings.length ? headings[headings.length - 1].end : 0;
  const lineEnd = doc.text.includes("\n", offset) ? doc.text.indexOf("\n", offset) : doc.text.length;
  for (const line of doc.text.slice(floor, lineEnd).split("\n").reverse()) {
    const m = /^(\d{1,3}(?:\.\d{1,3}){1,3}|\d{1,3}(?=[.)]))[.)]?\s+(?=\S)/.exec(line.replace(/^(?:[-*•✓▪◦]\s+)+/, ""));
    if (m) return m[1];
  }
  return null;
}
