import type { EmbeddingSettings, ShapeSettings } from "./settings.js";
import type { CorpusReading, SourceReport } from "../corpus/corpus.js";
import { requestedEmbedding } from "./embeddings.js";
import type { CuratedAcronyms } from "./glossary.js";
import { keepableFailures } from "./keptSources.js";
import { acronymsHash, EF_CONSTRUCTION, metadataHash, SCHEMA_VERSION, SPLITTER_VERSION, type Manifest } from "./manifest.js";

/** What a reindex would change compared with the index that serves now. */

export interface ChangeSet {
  sources: SourceReport[];
  /** Why a new version is needed, or null when the current one already reflects the corpus. */
  rebuildReason: string | null;
}

export function compareWithPrevious(
  previous: Manifest | null,
  reading: CorpusReading,
  config: EmbeddingSettings & ShapeSettings,
  curated: CuratedAcronyms,
): ChangeSet {
  const before = new Map(previous?.sources.map((s) => [s.file, s]) ?? []);
  const sources: SourceReport[] = reading.documents.map((doc) => {
    const old = before.get(doc.source);
    if (!old) return { file: doc.source, status: "added", reason: null };
    if (old.contentHash !== doc.contentHash) return { file: doc.source, status: "changed", reason: "content changed" };
    if (old.metadataHash !== metadataHash(doc)) return { file: doc.source, status: "changed", reason: "metadata changed" };
    return { file: doc.source, status: "unchanged", reason: null };
  });
  sources.push(...reading.problems);
  const present = new Set(sources.map((s) => s.file));
  for (const file of before.keys()) {
    if (!present.has(file)) sources.push({ file, status: "removed", reason: "no longer in the corpus" });
  }
  sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { sources, rebuildReason: rebuildReason(previous, reading, sources, config, curated) };
}

function rebuildReason(
  previous: Manifest | null,
  reading: CorpusReading,
  sources: SourceReport[],
  config: EmbeddingSettings & ShapeSettings,
  curated: CuratedAcronyms,
): string | null {
  if (!previous) return "there is no usable index yet";
  const wanted = configSettings(config, curated);
  const built = manifestSettings(previous);
  const changedSettings = (Object.keys(wanted) as (keyof Settings)[]).filter((key) => wanted[key] !== built[key]);
  if (changedSettings.length) return `settings changed since the last index: ${changedSettings.join(", ")}`;
  // A failed source the previous version indexed keeps its chunks there: it is not dropped.
  const indexed = new Set([...reading.documents.map((d) => d.source), ...keepableFailures(previous, sources).map((s) => s.file)]);
  const dropped = previous.sources.filter((s) => !indexed.has(s.file)).length;
  const touched = sources.filter((s) => s.status === "added" || s.status === "changed").length;
  if (touched || dropped) return `${touched} source(s) added or changed, ${dropped} no longer indexed`;
  return null;
}

/** The settings that shape an index's contents; a change to any of them means a rebuild. */
interface Settings {
  schema: string;
  embedding: string;
  chunking: string;
  hnsw: string;
  acronyms: string;
}

function configSettings(config: EmbeddingSettings & ShapeSettings, curated: CuratedAcronyms): Settings {
  const embedding = requestedEmbedding(config);
  return {
    schema: String(SCHEMA_VERSION),
    embedding: `${embedding.provider}/${embedding.model}`,
    chunking: `${config.chunking.maxWords}/${config.chunking.overlapSentences}/${SPLITTER_VERSION}`,
    hnsw: `${config.hnsw.m}/${EF_CONSTRUCTION}`,
    acronyms: acronymsHash(curated),
  };
}

function manifestSettings(m: Manifest): Settings {
  return {
    schema: String(m.schemaVersion),
    embedding: `${m.embedding.provider}/${m.embedding.model}`,
    chunking: `${m.chunking.maxWords}/${m.chunking.overlapSentences}/${m.chunking.splitterVersion}`,
    hnsw: `${m.hnsw.m}/${m.hnsw.efConstruction}`,
    acronyms: m.acronymsHash,
  };
}
