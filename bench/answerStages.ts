import MiniSearch from "minisearch";
import { PASSAGE_ANALYSES } from "../src/answer/candidates.js";
import { extractAnswer } from "../src/answer/extractive.js";
import { ANSWER_MODEL } from "../src/answer/model/weights.js";
import { guardQuestion } from "../src/answer/guards/guardQuestion.js";
import { STOPWORDS } from "../src/index/terms.js";
import type { PreparedIndex } from "../src/retrieve/indexDerived.js";
import { queryFor } from "../src/retrieve/lexicon.js";
import { retrieve } from "../src/retrieve/search.js";
import { latencies, type Latencies } from "./stats.js";

/**
 * Where an answer's time goes: the pipeline's stages timed one by one on the same questions (guard, query
 * analysis, hybrid retrieval with reranking, choosing and checking the quoted sentences), beside a bare
 * MiniSearch query over the same chunks: the floor a plain keyword search sets.
 */

export interface StageLatencies {
  guard: Latencies;
  query: Latencies;
  retrieve: Latencies;
  answer: Latencies;
  /** MiniSearch's BM25 over text, headings and title (its tokenizer, lower case, no stopwords), top 10, nothing else. */
  bareMiniSearch: Latencies;
  bareMiniSearchBuildMs: number;
}

const CONTACTS = { urgent: null };

export async function measureAnswerStages(snapshot: PreparedIndex, questions: string[], rounds: number): Promise<StageLatencies> {
  const samples = { guard: [] as number[], query: [] as number[], retrieve: [] as number[], answer: [] as number[] };
  const clock = <T>(into: number[], work: () => T): T => {
    const started = performance.now();
    const value = work();
    into.push(performance.now() - started);
    return value;
  };
  for (let r = 0; r < rounds; r++) {
    for (const question of questions) {
      const guarded = clock(samples.guard, () => guardQuestion(question, snapshot, CONTACTS));
      if (guarded.empty) continue;
      const query = clock(samples.query, () => queryFor(snapshot, guarded.searchable));
      const started = performance.now();
      const passages = await retrieve(snapshot, query, { k: 10 });
      samples.retrieve.push(performance.now() - started);
      clock(samples.answer, () => extractAnswer(query, passages, ANSWER_MODEL, snapshot.derived.perChunk(PASSAGE_ANALYSES)));
    }
  }
  const bare = bareMiniSearch(snapshot);
  const bareSamples: number[] = [];
  for (let r = 0; r < rounds; r++) for (const question of questions) clock(bareSamples, () => bare.search(question).slice(0, 10));
  return {
    guard: latencies(samples.guard),
    query: latencies(samples.query),
    retrieve: latencies(samples.retrieve),
    answer: latencies(samples.answer),
    bareMiniSearch: latencies(bareSamples),
    bareMiniSearchBuildMs: bare.buildMs,
  };
}

function bareMiniSearch(snapshot: PreparedIndex): { search: (q: string) => unknown[]; buildMs: number } {
  const started = performance.now();
  // MiniSearch's own tokenizer and BM25, lower case, without the stopwords the app's index leaves out too:
  // with them, "what" and "the" match every chunk and the floor would be MiniSearch scoring the whole corpus.
  const processTerm = (term: string) => {
    const lower = term.toLowerCase();
    return STOPWORDS.has(lower) ? null : lower;
  };
  const index = new MiniSearch({ fields: ["text", "headings", "title"], idField: "id", processTerm });
  for (const chunk of snapshot.chunks)
    index.add({ id: chunk.id, text: chunk.text, headings: chunk.headingPath.join(" "), title: chunk.title });
  const buildMs = performance.now() - started;
  return { search: (q) => index.search(q), buildMs };
}
