import { readCorpus } from "../../src/corpus/corpus.js";
import { collapseDuplicates } from "../../src/corpus/dedupe.js";
import { splitDocument } from "../../src/corpus/split.js";
import { buildGlossary, readCuratedAcronyms } from "../../src/index/glossary.js";
import { ChunkList } from "../../src/index/chunkList.js";
import { buildLexicalIndex } from "../../src/index/lexical.js";
import type { IndexSnapshot } from "../../src/index/snapshot.js";
import { prepareIndex, type PreparedIndex } from "../../src/retrieve/indexDerived.js";

/** An index snapshot built in memory from a corpus folder, lexical side only, for fast pipeline tests. */
export async function memorySnapshot(corpusDir: string): Promise<PreparedIndex> {
  const reading = await readCorpus(corpusDir, { maxBytes: 50 * 1024 * 1024 });
  const split = reading.documents.flatMap((d) => splitDocument(d, { maxWords: 180, overlapSentences: 1 }));
  const { chunks } = collapseDuplicates(split);
  const glossary = buildGlossary(reading.documents, (await readCuratedAcronyms(corpusDir)).acronyms);
  return prepareIndex({
    version: "memory",
    manifest: {} as IndexSnapshot["manifest"],
    chunks: new ChunkList(chunks),
    lexical: buildLexicalIndex(chunks),
    dense: { search: async () => [] },
    embeddings: { embedQuery: async () => [], embedDocuments: async () => [] },
    glossary,
  });
}
