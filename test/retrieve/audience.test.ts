import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusOf } from "../../src/app/status.js";
import { answer } from "../../src/answer/pipeline.js";
import type { Answer } from "../../src/answer/types.js";
import { findExcerpts, renderExcerpts } from "../../src/excerpts/index.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { documentAudiencesOf, parseAudiences } from "../../src/retrieve/audience.js";
import { chunkFilter, filterNarrows, parseFilters } from "../../src/retrieve/filters.js";
import { queryFor } from "../../src/retrieve/lexicon.js";
import { retrieve, type RetrieveOptions } from "../../src/retrieve/search.js";
import type { SearchFilters } from "../../src/retrieve/types.js";
import {
  audienceCorpus,
  audienceSnapshot,
  OTHER,
  PUBLIC,
  REPRINT,
  RESTRICTED,
  RESTRICTED_MARKER,
  RESTRICTED_QUESTION,
  RESTRICTED_TITLE,
} from "../helpers/audienceCorpus.js";

/** DESIGN.md "Audience": a restricted paper is found only by an asker holding one of its audiences. */

const corpus = audienceCorpus();
let snapshot: PreparedIndex;

beforeAll(async () => {
  snapshot = await audienceSnapshot(corpus.corpusDir);
});
afterAll(() => corpus.remove());

const search = (question: string, options: Partial<RetrieveOptions> = {}) =>
  retrieve(snapshot, queryFor(snapshot, question), { k: 20, ...options });
const sourcesOf = (passages: { source: string; alsoIn: string[] }[]) => passages.flatMap((p) => [p.source, ...p.alsoIn]);
const ask = (question: string, filters?: SearchFilters) =>
  answer(question, { snapshot, contacts: { urgent: null, local: null }, now: new Date("2026-12-01") }, filters ? { filters } : {});
const shown = (a: Answer) => JSON.stringify({ text: a.text, citations: a.citations, passages: a.passages, closest: a.closestDocuments });

/** Filters a public asker might set: none at all, an empty object, and each of the other filters. */
const PUBLIC_FILTERS: (SearchFilters | undefined)[] = [
  undefined,
  {},
  { audiences: [] },
  { audiences: ["audit"] },
  { sources: [RESTRICTED] },
  { types: ["partnership-report"] },
  { since: "2024-01-01" },
  { sources: ["draft-practice"], types: ["partnership-report"], since: "2024-01-01", until: "2024-12-31", audiences: ["audit"] },
];

describe("retrieval filters on the asker's audiences, always, before ranking", () => {
  it.each(PUBLIC_FILTERS.map((f) => [JSON.stringify(f) ?? "no filters", f]))("never finds a board paper with %s", async (_, filters) => {
    const passages = await search(RESTRICTED_QUESTION, { filters });
    expect(sourcesOf(passages)).not.toContain(RESTRICTED);
    expect(sourcesOf(passages)).not.toContain(REPRINT);
    expect(JSON.stringify(passages)).not.toContain(RESTRICTED_MARKER);
  });

  it("finds it for the board, with and without the other filters", async () => {
    for (const filters of [
      { audiences: ["board"] },
      { audiences: ["audit", "board"] },
      { audiences: ["board"], sources: [RESTRICTED] },
      { audiences: ["board"], types: ["partnership-report" as const] },
      { audiences: ["board"], since: "2024-01-01" },
    ]) {
      const [top] = await search(RESTRICTED_QUESTION, { filters });
      expect(top?.source, JSON.stringify(filters)).toBe(RESTRICTED);
      expect(top?.audience).toEqual(["board"]);
    }
  });

  it("keeps a public text public when a board paper reprints it, without naming the reprint", async () => {
    const question = "reasons for every discharge decision shared with the health visitor";
    const publicHits = await search(question);
    expect(publicHits[0]?.source).toBe(PUBLIC);
    expect(sourcesOf(publicHits)).not.toContain(REPRINT);
    const boardHits = await search(question, { filters: { audiences: ["board"] } });
    expect(sourcesOf(boardHits)).toEqual(expect.arrayContaining([PUBLIC, REPRINT]));
  });

  it("chunkFilter fails closed with no filters at all", () => {
    const keep = chunkFilter(undefined);
    const restricted = snapshot.chunks.all().filter((c) => c.audience?.length);
    expect(restricted.length).toBeGreaterThan(0);
    expect(restricted.some(keep)).toBe(false);
    expect(
      snapshot.chunks
        .all()
        .filter((c) => !c.audience)
        .every(keep),
    ).toBe(true);
    expect(restricted.every(chunkFilter({ audiences: ["board"] }))).toBe(true);
  });

  it("has the dense search fetch extra candidates only when the filter can drop some", () => {
    const documents = snapshot.derived.documentAudiences();
    expect(filterNarrows(undefined, documents)).toBe(true);
    expect(filterNarrows({ audiences: ["board"] }, documents)).toBe(false);
    expect(filterNarrows({ audiences: ["board"], since: "2020-01-01" }, documents)).toBe(true);
    const publicOnly = documentAudiencesOf(snapshot.chunks.all().filter((c) => !c.audience));
    expect(filterNarrows(undefined, publicOnly)).toBe(false);
  });

  it("reads --audience repeated or comma-separated, and refuses a name that is not plain", () => {
    expect(parseAudiences(["board,audit", " board ", "panel"])).toEqual(["board", "audit", "panel"]);
    expect(parseFilters({ audience: ["board"] }).audiences).toEqual(["board"]);
    expect(parseFilters({}).audiences).toBeUndefined();
    expect(() => parseAudiences(["board members"])).toThrow(/not a plain name/);
  });
});

describe("answers, excerpts and exports", () => {
  it.each(PUBLIC_FILTERS.map((f) => [JSON.stringify(f) ?? "no filters", f]))(
    "an answer never shows a board paper with %s",
    async (_, filters) => {
      const a = await ask(RESTRICTED_QUESTION, filters);
      expect(shown(a)).not.toContain(RESTRICTED_MARKER);
      expect(shown(a)).not.toContain(RESTRICTED);
      expect(shown(a)).not.toContain(RESTRICTED_TITLE);
    },
  );

  it("an answer for the board quotes the review", async () => {
    const a = await ask(RESTRICTED_QUESTION, { audiences: ["board"] });
    expect(a.passages[0]?.source).toBe(RESTRICTED);
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.source)).toContain(RESTRICTED);
  });

  it("excerpts and their csv and docx files leave a board paper out unless the board asks", async () => {
    const topic = "health visitor";
    for (const filters of PUBLIC_FILTERS) {
      const set = await findExcerpts(snapshot, topic, { filters, k: 20 });
      if (!filters) expect(set.groups.map((g) => g.source)).toEqual([PUBLIC]);
      expect(JSON.stringify(set.groups)).not.toContain(RESTRICTED);
      expect(String(await renderExcerpts(set, "csv"))).not.toContain(RESTRICTED_MARKER);
      const docx = await mammoth.extractRawText({ buffer: (await renderExcerpts(set, "docx")) as Buffer });
      expect(docx.value).not.toContain(RESTRICTED_MARKER);
    }
    const board = await findExcerpts(snapshot, topic, { filters: { audiences: ["board"] }, k: 20 });
    expect(board.groups.map((g) => g.source)).toContain(RESTRICTED);
    expect(String(await renderExcerpts(board, "csv"))).toContain(RESTRICTED_MARKER);
    const docx = await mammoth.extractRawText({ buffer: (await renderExcerpts(board, "docx")) as Buffer });
    expect(docx.value).toContain(RESTRICTED_MARKER);
    expect(docx.value).toContain("audience board");
  });

  it("the index status lists board papers to the board only", () => {
    const everyone = statusOf(snapshot);
    expect(everyone.documents.map((d) => d.source).sort()).toEqual([OTHER, PUBLIC]);
    const board = statusOf(snapshot, ["board"]);
    expect(board.documents.map((d) => d.source).sort()).toEqual([OTHER, PUBLIC, REPRINT, RESTRICTED]);
    expect(board.chunkCount).toBe(snapshot.chunks.count);
    expect(everyone.chunkCount).toBe(snapshot.chunks.all().filter((c) => !c.audience).length);
  });
});
