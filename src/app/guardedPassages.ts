import { guardQuestion } from "../answer/guards/guardQuestion.js";
import type { PreparedIndex } from "../retrieve/indexDerived.js";
import { queryFor } from "../retrieve/lexicon.js";
import { retrieve } from "../retrieve/search.js";
import type { SearchFilters } from "../retrieve/types.js";
import type { PassageSet } from "../service.js";

/**
 * `npm run ask`'s ranked passages behind the same guards as answers: the urgent-contact message first, and
 * the question searched (and so embedded, perhaps by a provider) without its personal data.
 */
export async function guardedPassages(
  snapshot: PreparedIndex,
  contacts: { urgent: string | null },
  question: string,
  options: { k: number; filters?: SearchFilters },
): Promise<PassageSet> {
  const guarded = guardQuestion(question, snapshot, contacts);
  if (guarded.empty) return { searched: "", passages: [], notices: guarded.notices };
  const passages = await retrieve(snapshot, queryFor(snapshot, guarded.searchable), options);
  return { searched: guarded.searchable, passages, notices: guarded.notices };
}
