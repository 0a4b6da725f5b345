import { guardQuestion } from "../answer/guards/guardQuestion.js";
import { findExcerpts, type FindOptions } from "../excerpts/find.js";
import type { ExcerptSet } from "../excerpts/types.js";
import type { PreparedIndex } from "../retrieve/indexDerived.js";

/**
 * Excerpts behind the same guards as answers: a topic that describes a child at immediate risk gets the
 * urgent-contact message first, and personal data is taken out of the topic before it is searched (and so
 * never appears in the set's heading or an exported file).
 */
export async function guardedExcerpts(
  snapshot: PreparedIndex,
  contacts: { urgent: string | null },
  topic: string,
  options: FindOptions = {},
): Promise<ExcerptSet> {
  const guarded = guardQuestion(topic, snapshot, contacts);
  if (guarded.empty) {
    const madeAt = (options.now ?? new Date()).toISOString();
    return {
      topic: "",
      madeAt,
      indexVersion: snapshot.version,
      filters: options.filters ?? {},
      sort: options.sort ?? "relevance",
      groups: [],
      total: 0,
      notices: guarded.notices,
    };
  }
  const set = await findExcerpts(snapshot, guarded.searchable, options);
  return { ...set, notices: guarded.notices };
}
