import { queryFor } from "../retrieve/lexicon.js";
import { locateSpan } from "../corpus/locate.js";
import type { Chunk, Locator } from "../corpus/types.js";
import type { SourceText } from "../index/sourceText.js";
import type { PreparedIndex } from "../retrieve/indexDerived.js";
import { stemsOf } from "../retrieve/query.js";
import { retrieve } from "../retrieve/search.js";
import type { SearchFilters } from "../retrieve/types.js";
import { collapseNearDuplicates } from "./dedupe.js";
import { excerptSpans, sectionIn, sentencesOf, type ExcerptSpan } from "./extract.js";
import type { Excerpt, ExcerptGroup, ExcerptSet, ExcerptSort } from "./types.js";

/**
 * Verbatim excerpts on a topic for trainers, over the same retrieval as answers: the sentences that
 * carry the topic's words, cut exactly from the source, one per piece of text, grouped by document.
 */

export interface FindOptions {
  k?: number;
  filters?: SearchFilters;
  sort?: ExcerptSort;
  now?: Date;
}

const CANDIDATE_PASSAGES = 3000;
/** A sentence matches when it carries half the topic's weight, or near the best any sentence reaches. */
const MATCH_SHARE = 0.5;
const NEAR_BEST = 0.75;
const WEIGHTS = { coverage: 0.55, phrase: 0.3, passage: 0.1, sentence: 0.05 };
/** A whole sentence reads better in a slide than a list label or a table cell. */
const WHOLE_SENTENCE = /^["'“‘(]?[A-Z].*[.!?]["'”’)]?$/s;

export async function findExcerpts(snapshot: PreparedIndex, topic: string, options: FindOptions = {}): Promise<ExcerptSet> {
  const filters = options.filters ?? {};
  const sort = options.sort ?? "relevance";
  const passages = await retrieve(snapshot, queryFor(snapshot, topic), { k: CANDIDATE_PASSAGES, filters });
  const matcher = topicMatcher(snapshot, topic);
  const candidates = passages.map((passage) => {
    const chunk = snapshot.chunks.get(passage.id)!;
    const sentences = sentencesOf(chunk);
    return { passage, chunk, sentences, coverage: sentences.map((s) => (s.quotable ? matcher.coverage(s.stems) : 0)) };
  });
  const best = Math.max(0, ...candidates.flatMap((c) => c.coverage));
  const threshold = Math.min(MATCH_SHARE, NEAR_BEST * best);
  const topScore = Math.max(...passages.map((p) => p.score)) || 1;
  const excerpts =
    best === 0
      ? []
      : candidates.flatMap(({ passage, chunk, sentences, coverage }) => {
          const source = snapshot.derived.sourceText(chunk.source);
          const matched = coverage.map((c) => c >= threshold);
          return excerptSpans(chunk, sentences, matched, source).map((span) => {
            const score = scoreOf(chunk.text.slice(span.start, span.end), matcher, passage.score / topScore);
            return toExcerpt(chunk, span, source, passage.alsoIn, score);
          });
        });
  const chosen = collapseNearDuplicates(excerpts).slice(0, options.k ?? 8);
  return {
    topic,
    madeAt: (options.now ?? new Date()).toISOString(),
    indexVersion: snapshot.version,
    filters,
    sort,
    groups: groupByDocument(chosen, sort),
    total: chosen.length,
    notices: [],
  };
}

function scoreOf(text: string, matcher: TopicMatcher, passageShare: number): number {
  const stems = stemsOf(text);
  return (
    WEIGHTS.coverage * matcher.coverage(stems) +
    WEIGHTS.phrase * matcher.phrase(stems) +
    WEIGHTS.passage * passageShare +
    WEIGHTS.sentence * (WHOLE_SENTENCE.test(text) ? 1 : 0)
  );
}

function toExcerpt(chunk: Chunk, span: ExcerptSpan, source: SourceText, alsoIn: string[], score: number): Excerpt {
  return {
    text: chunk.text.slice(span.start, span.end),
    leadingEllipsis: span.leadingEllipsis,
    trailingEllipsis: span.trailingEllipsis,
    citation: {
      title: chunk.title,
      publisher: chunk.publisher,
      date: chunk.date,
      source: chunk.source,
      ...locatorIn(chunk, span, source),
      alsoIn: [...alsoIn],
      ...(chunk.url ? { url: chunk.url } : {}),
    },
    score: Number(score.toFixed(6)),
    chunkId: chunk.id,
    start: chunk.start + span.start,
    end: chunk.start + span.end,
  };
}

/** The excerpt's own page, numbered paragraph and section; an index without locator marks falls back to the text around it. */
function locatorIn(chunk: Chunk, span: ExcerptSpan, source: SourceText): Locator {
  if (chunk.marks?.length) return locateSpan(chunk.marks, span.start, span.end);
  return { section: sectionIn(chunk, span.start), paragraph: source.paragraphAt(chunk.start + span.start), page: chunk.locator.page };
}

/** Groups in order of their best excerpt (already score-ordered), or newest document first. */
function groupByDocument(excerpts: Excerpt[], sort: ExcerptSort): ExcerptGroup[] {
  const groups = new Map<string, ExcerptGroup>();
  for (const e of excerpts) {
    const { source, title, publisher, date } = e.citation;
    if (!groups.has(source)) groups.set(source, { source, title, publisher, date, excerpts: [] });
    groups.get(source)!.excerpts.push(e);
  }
  const list = [...groups.values()];
  return sort === "date" ? list.sort((a, b) => b.date.localeCompare(a.date)) : list;
}

/**
 * How much of the topic a run of stems carries, by idf weight: the topic's own words, or the topic spelled
 * with an acronym's long form or the acronym ("CSE training" → "child sexual exploitation training"),
 * whichever covers more.
 */
type TopicMatcher = ReturnType<typeof topicMatcher>;

function topicMatcher(snapshot: PreparedIndex, topic: string) {
  const idf = snapshot.derived.idf;
  const forms = [topic, ...snapshot.glossary.spellings(topic)].map(stemsOf).filter((f) => f.length > 0);
  const share = (form: string[], has: (t: string) => boolean) => {
    const unique = [...new Set(form)];
    const total = unique.reduce((n, t) => n + idf(t), 0) || 1;
    return unique.filter(has).reduce((n, t) => n + idf(t), 0) / total;
  };
  return {
    coverage(stems: string[]): number {
      const present = new Set(stems);
      return Math.max(0, ...forms.map((f) => share(f, (t) => present.has(t))));
    },
    /** Share of the topic's adjacent word pairs found adjacent: the phrase itself, not just its words. */
    phrase(stems: string[]): number {
      const pairs = new Set(stems.slice(1).map((t, i) => `${stems[i]} ${t}`));
      const present = new Set(stems);
      return Math.max(
        0,
        ...forms.map((f) => {
          if (f.length < 2) return present.has(f[0]) ? 1 : 0;
          const wanted = f.slice(1).map((t, i) => `${f[i]} ${t}`);
          return wanted.filter((p) => pairs.has(p)).length / wanted.length;
        }),
      );
    },
  };
}
