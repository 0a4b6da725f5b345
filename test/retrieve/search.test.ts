import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { main as askMain } from "../../scripts/commands/ask.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { queryFor } from "../../src/retrieve/lexicon.js";
import { retrieve as retrieveQuery, type RetrieveOptions } from "../../src/retrieve/search.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";
import { runMain } from "../helpers/command.js";

let snapshot: PreparedIndex;
const retrieve = (s: PreparedIndex, text: string, options: RetrieveOptions) => retrieveQuery(s, queryFor(s, text), options);
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
});

describe("retrieve()", () => {
  it("finds the defining passage of an acronym first", async () => {
    const [top] = await retrieve(snapshot, "what does DREAMM stand for", { k: 10 });
    expect(top.text).toContain("daily risk exploitation and missing meeting (DREAMM)");
    expect(top.alsoIn).toContain("2022-10-31-childrens-scrutiny-panel-pack.txt");
  });
  it("expands acronyms both ways", async () => {
    const [top] = await retrieve(snapshot, "what did the joint targeted area inspection say about CCE training?", { k: 5 });
    expect(top.source).toMatch(/jtai|2022-10-31/);
  });
  it("applies filters by source, type and date", async () => {
    const byType = await retrieve(snapshot, "professional curiosity", { k: 10, filters: { types: ["partnership-report"] } });
    expect(byType.length).toBeGreaterThan(0);
    expect(byType.every((p) => p.type === "partnership-report")).toBe(true);
    const old = await retrieve(snapshot, "inspection findings", { k: 10, filters: { until: "2017-12-31" } });
    expect(old.every((p) => p.date <= "2017-12-31")).toBe(true);
  });
  it("gives newer documents the edge only among equals, never hiding an exact older match", async () => {
    const [top] = await retrieve(snapshot, "crash pad", { k: 3 });
    expect(top.date.startsWith("2016")).toBe(true);
  });
  describe("bad input", () => {
    it.each([
      ["an empty question", ""],
      ["only stopwords", "what is the and of it"],
      ["only punctuation", "?? !! ..."],
    ])("%s returns no passages", async (_n, q) => {
      expect(await retrieve(snapshot, q, { k: 10 })).toEqual([]);
    });
    it("a 10,000-character question still returns ranked passages", async () => {
      const passages = await retrieve(snapshot, "contingency planning for children in care ".repeat(250), { k: 10 });
      expect(passages).toHaveLength(10);
    });
    it("text in another script is a best effort, not a crash", async () => {
      expect(Array.isArray(await retrieve(snapshot, "Что сказала инспекция? 检查结果", { k: 10 }))).toBe(true);
    });
  });
});

describe("npm run ask", () => {
  it("asks for a question when given none, exiting 2 (the script, spawned)", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/ask.ts"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Please give a question/);
  });
  it("rejects an unknown document type with the list of types", async () => {
    const r = await runMain(askMain, ["--type", "novel", "q"], process.env);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown --type "novel"/);
  });
});
