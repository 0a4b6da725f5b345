import { describe, expect, it } from "vitest";
import { findCycle, sourceImports, topOf, type SourceImport } from "./importGraph.js";

/**
 * DESIGN.md's import direction between the top-level parts of src/: app/ → slack/, cli/ → answer/,
 * excerpts/ → retrieve/ → index/ → corpus/. An import may only point to a later layer. A new top-level
 * folder or file must be placed here before it can be imported.
 */
const LAYERS: string[][] = [
  ["main.ts"],
  // config.ts is read at the edges (only main.ts and app/ load it); elsewhere only its types are imported.
  ["app"],
  ["config.ts"],
  ["slack", "cli"],
  // The one service's interface, the eval harness (which drives the answer pipeline) and the gap report.
  ["service.ts", "eval", "gaps"],
  ["answer", "excerpts", "feedback", "sync"],
  ["retrieve"],
  ["index"],
  ["corpus", "db"],
  ["logging.ts"],
  ["redact.ts", "audienceName.ts"],
];
const EDGE_READERS = new Set(["main.ts", "app"]);
const layerOf = new Map(LAYERS.flatMap((names, i) => names.map((name) => [name, i] as const)));

/** The settings' types are everyone's vocabulary: importing them is not depending on the code that reads them. */
const counts = (i: SourceImport) => !(i.typeOnly && topOf(i.target) === "config.ts");

const between = sourceImports("src")
  .filter((i) => i.target.startsWith("src/") && topOf(i.file) !== topOf(i.target))
  .filter(counts);

describe("imports between the top-level parts of src/", () => {
  it("place every part in a layer", () => {
    const parts = new Set(between.flatMap((i) => [topOf(i.file), topOf(i.target)]));
    expect([...parts].filter((p) => !layerOf.has(p))).toEqual([]);
  });

  it("form no cycle", () => {
    const edges = new Map<string, Set<string>>();
    for (const i of between) edges.set(topOf(i.file), (edges.get(topOf(i.file)) ?? new Set()).add(topOf(i.target)));
    expect(findCycle(edges)).toBeNull();
  });

  it("form no cycle even counting imports of types only (config.ts imports no part that imports its types)", () => {
    const all = sourceImports("src").filter((i) => i.target.startsWith("src/") && topOf(i.file) !== topOf(i.target));
    const edges = new Map<string, Set<string>>();
    for (const i of all) edges.set(topOf(i.file), (edges.get(topOf(i.file)) ?? new Set()).add(topOf(i.target)));
    expect(findCycle(edges)).toBeNull();
  });

  it("point only down the layers", () => {
    const upward = between.filter((i) => layerOf.get(topOf(i.file))! >= layerOf.get(topOf(i.target))!);
    expect(upward.map((i) => `${i.file} imports ${i.target}`)).toEqual([]);
  });

  it("leave loading the config to the edges", () => {
    const readers = sourceImports("src").filter((i) => topOf(i.target) === "config.ts" && !i.typeOnly && !EDGE_READERS.has(topOf(i.file)));
    expect(readers.map((i) => i.file)).toEqual([]);
  });

  it("would name a cycle", () => {
    const edges = new Map([
      ["answer", new Set(["excerpts"])],
      ["excerpts", new Set(["answer"])],
      ["retrieve", new Set<string>()],
    ]);
    expect(findCycle(edges)).toEqual(["answer", "excerpts", "answer"]);
    expect(findCycle(new Map([["answer", new Set(["retrieve"])]]))).toBeNull();
  });
});
