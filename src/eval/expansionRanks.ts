import { guardQuestion } from "../answer/guards/guardQuestion.js";
import type { ExpansionSettings } from "../retrieve/expansion.js";
import type { PreparedIndex } from "../retrieve/indexDerived.js";
import { lexiconOf } from "../retrieve/lexicon.js";
import { queryOf } from "../retrieve/query.js";
import { candidatesFor, rank } from "../retrieve/search.js";
import { firstHitRank, isAnswerable, type EvalQuestion } from "./metrics.js";

/**
 * Where the shipped ranking puts each question's first evidence passage (1–10, or null) under some expansion
 * settings: what fitting the expansion weights reads. A question is searched again only when its expansions
 * (terms and weights) or its plain list differ from a search already made, since nothing else in retrieval
 * depends on the settings; most settings change the expansions of few questions.
 */

/** First-hit rank per question id (answerable questions only). */
export type Ranks = ReadonlyMap<string, number | null>;

export type RanksOf = (settings: ExpansionSettings) => Promise<Ranks>;

const PASSAGES = 10;

export function expansionRanks(snapshot: PreparedIndex, questions: EvalQuestion[]): RanksOf {
  // The question as the pipeline searches it, through the same guard (as training.ts does).
  const asked = questions
    .filter(isAnswerable)
    .map((question) => ({ question, text: guardQuestion(question.question, snapshot, { urgent: null }).searchable }));
  const searched = new Map<string, number | null>();
  // Folds and nested fits visit the same settings again and again: ranks are kept per settings as well.
  const ranked = new Map<string, Ranks>();
  return async (settings) => {
    const settingsKey = JSON.stringify(settings);
    const kept = ranked.get(settingsKey);
    if (kept) return kept;
    const lexicon = lexiconOf(snapshot, settings);
    const ranks = new Map<string, number | null>();
    for (const { question, text } of asked) {
      const query = queryOf(text, lexicon);
      const key = JSON.stringify([question.id, query.weightedExpansions.map((e) => [e.term, e.weight]), query.expansions]);
      let found = searched.get(key);
      if (found === undefined) {
        const passages = rank(await candidatesFor(snapshot, query, { k: PASSAGES }), query, { k: PASSAGES });
        searched.set(key, (found = firstHitRank(question, passages, PASSAGES)));
      }
      ranks.set(question.id, found);
    }
    ranked.set(settingsKey, ranks);
    return ranks;
  };
}

export interface RetrievalFigures {
  n: number;
  "recall@5": number | null;
  "recall@10": number | null;
  "mrr@10": number | null;
}

/** score.py's retrieval metrics over the answerable questions among `ids`. */
export function figuresOf(ranks: Ranks, ids: Iterable<string>): RetrievalFigures {
  const held = [...ids].filter((id) => ranks.has(id)).map((id) => ranks.get(id) ?? null);
  const n = held.length;
  const mean = (f: (r: number | null) => number) => (n ? held.reduce<number>((s, r) => s + f(r), 0) / n : null);
  return {
    n,
    "recall@5": mean((r) => Number(r !== null && r <= 5)),
    "recall@10": mean((r) => Number(r !== null && r <= 10)),
    "mrr@10": mean((r) => (r === null ? 0 : 1 / r)),
  };
}
