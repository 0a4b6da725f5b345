import { visibleTo } from "../retrieve/audience.js";
import type { PreparedIndex } from "../retrieve/indexDerived.js";
import type { IndexStatus } from "../service.js";

/** The index as the given audiences may see it: hidden documents are neither listed nor counted. */
export function statusOf(snapshot: PreparedIndex, audiences: string[] = []): IndexStatus {
  const m = snapshot.manifest;
  const known = snapshot.derived.documentAudiences();
  const hidden = [...known.values()].filter((d) => !visibleTo(d.audience, audiences));
  // A listed file with no chunks has no known audience, so it is not listed.
  const shown = (file: string) => known.has(file) && visibleTo(known.get(file)!.audience, audiences);
  return {
    version: m.version,
    builtAt: m.builtAt,
    embeddingModel: `${m.embedding.model} (${m.embedding.dimension} dimensions)`,
    chunkCount: snapshot.chunks.count - hidden.reduce((n, d) => n + d.chunks, 0),
    documents: m.sources.filter((s) => shown(s.file)).map((s) => ({ source: s.file, title: s.title, date: s.date, type: s.type })),
  };
}
