import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusDocument } from "../../src/corpus/types.js";
import { findExcerpts } from "../../src/excerpts/find.js";
import type { Excerpt, ExcerptSet } from "../../src/excerpts/types.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { JTAI, OFSTED_2016, PANEL_2022, corpusSnapshot, paragraphAbove } from "./helpers.js";

let snapshot: PreparedIndex;
let documents: Map<string, CorpusDocument>;

beforeAll(async () => {
  ({ snapshot, documents } = await corpusSnapshot());
});

const all = (set: ExcerptSet): Excerpt[] => set.groups.flatMap((g) => g.excerpts);

describe("findExcerpts", () => {
  it("finds what the inspectors wrote about professional curiosity, with full citations", async () => {
    const set = await findExcerpts(snapshot, "professional curiosity");
    expect(set.total).toBeGreaterThan(0);
    for (const e of all(set)) expect(e.text.toLowerCase()).toContain("professional curiosity");
    const improve = all(set).find((e) => e.text.startsWith("The exercise of professional curiosity"));
    expect(improve?.citation).toMatchObject({ source: JTAI, section: "What needs to improve?", date: "2022-08-18" });
    expect(improve?.citation.publisher).toMatch(/^Ofsted, Care Quality Commission/);
    expect(improve?.leadingEllipsis).toBe(false); // the "- " list marker is layout, not a cut
  });

  it("shows the JTAI letter reprinted in the panel pack once, naming the pack in alsoIn", async () => {
    const set = await findExcerpts(snapshot, "contingency planning for children in care", { k: 20 });
    const hits = all(set).filter((e) => e.text.includes("Contingency planning for children in care who are not able to return"));
    expect(hits).toHaveLength(1);
    expect(hits[0].citation.source).toBe(JTAI);
    expect(hits[0].citation.alsoIn).toContain(PANEL_2022);
    expect(all(set)[0]).toBe(hits[0]);
  });

  it("reads an acronym in a longer topic as part of it: 'CCE training' is about training", async () => {
    const set = await findExcerpts(snapshot, "CCE training");
    expect(set.groups[0].excerpts[0].text).toMatch(/child criminal exploitation training/i);
  });
  it("returns nothing when no passage shares a content word with the topic", async () => {
    for (const topic of ["zyxwvut qqqj", "the of and", "", "   "]) {
      const set = await findExcerpts(snapshot, topic);
      expect(set).toMatchObject({ topic, total: 0, groups: [] });
    }
  });

  it("groups by document, best first, or newest document first with --sort date", async () => {
    const byRelevance = await findExcerpts(snapshot, "return home interviews", { k: 12 });
    const byDate = await findExcerpts(snapshot, "return home interviews", { k: 12, sort: "date" });
    expect(new Set(byRelevance.groups.map((g) => g.source)).size).toBe(byRelevance.groups.length);
    const best = byRelevance.groups.map((g) => g.excerpts[0].score);
    expect(best).toEqual([...best].sort((a, b) => b - a));
    for (const g of byRelevance.groups) {
      expect(g.excerpts.map((e) => e.score)).toEqual(g.excerpts.map((e) => e.score).sort((a, b) => b - a));
      for (const e of g.excerpts) expect(e.citation.source).toBe(g.source);
    }
    const dates = byDate.groups.map((g) => g.date);
    expect(byDate.groups.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(
      all(byDate)
        .map((e) => e.text)
        .sort(),
    ).toEqual(
      all(byRelevance)
        .map((e) => e.text)
        .sort(),
    );
  });

  it("honours k and the shared filters", async () => {
    expect((await findExcerpts(snapshot, "children", { k: 3 })).total).toBe(3);
    const since = await findExcerpts(snapshot, "training", { k: 20, filters: { since: "2022-01-01" } });
    expect(since.total).toBeGreaterThan(0);
    for (const g of since.groups) expect(g.date >= "2022-01-01").toBe(true);
    const typed = await findExcerpts(snapshot, "training", { filters: { types: ["inspection-report"] } });
    expect(typed.groups.map((g) => g.source)).toEqual([OFSTED_2016]);
    expect(typed.filters).toEqual({ types: ["inspection-report"] });
  });

  it("cites the numbered paragraph that holds each excerpt", async () => {
    let numbered = 0;
    for (const topic of ["return home interview", "care leavers", "pre-birth assessments", "workforce development", "missing children"]) {
      for (const e of all(await findExcerpts(snapshot, topic, { k: 40 }))) {
        expect(e.citation.paragraph).toBe(paragraphAbove(documents.get(e.citation.source)!, e.start));
        if (e.citation.paragraph) numbered++;
      }
    }
    expect(numbered).toBeGreaterThan(10);
  });

  it("is plain JSON, stamped with the index version and time made", async () => {
    const now = new Date("2024-05-01T09:30:00Z");
    const set = await findExcerpts(snapshot, "neglect", { now });
    expect(set).toMatchObject({ madeAt: "2024-05-01T09:30:00.000Z", indexVersion: "test-version", sort: "relevance" });
    expect(JSON.parse(JSON.stringify(set))).toEqual(set);
  });
});
