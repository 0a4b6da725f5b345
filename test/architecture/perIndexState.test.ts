import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Issue 25: what a query derives from an index is made when the index loads and carried with its snapshot
 * (src/retrieve/indexDerived.ts). No module keeps a cache of its own: no WeakMap anywhere, no Map held at a
 * module's top level, no map keyed by a snapshot. The one exception is a memo of a function of a
 * word alone, the same for every index.
 */

const ROOT = resolve(import.meta.dirname, "..", "..");
/** `file: name` of the module-level maps allowed, each with why. */
const ALLOWED = new Set([
  // A word's search terms (its lower-case form and stem): nothing of an index in it, and bounded.
  "src/index/terms.ts: termsCache",
]);

const MODULE_LEVEL_MAP = /^(?:export\s+)?(?:const|let|var)\s+(\w+)\s*(?::[^=]+)?=\s*new\s+(?:Weak)?Map\b/gm;
const WEAK_MAP = /\bWeakMap\b/g;
const KEYED_BY_INDEX = /\b(?:Weak)?Map<\s*(?:IndexSnapshot|PreparedIndex|LoadedVersion)\b/g;

function perIndexStateIn(file: string, text: string): string[] {
  const found = [...text.matchAll(MODULE_LEVEL_MAP)].map((m) => `${file}: ${m[1]}`).filter((f) => !ALLOWED.has(f));
  for (const pattern of [WEAK_MAP, KEYED_BY_INDEX]) {
    for (const m of text.matchAll(pattern)) found.push(`${file}:${text.slice(0, m.index).split("\n").length}: ${m[0]}`);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

describe("state kept per index", () => {
  it("lives in the value made when the index loads, never in a module's own map", () => {
    const found = sourceFiles(join(ROOT, "src")).flatMap((path) =>
      perIndexStateIn(relative(ROOT, path).split("\\").join("/"), readFileSync(path, "utf8")),
    );
    expect(found).toEqual([]);
  });

  it("recognises each kind of cache this replaced", () => {
    const old = [
      "const lexicons = new WeakMap<IndexSnapshot, Map<ExpansionSettings, Lexicon>>();",
      "const idfCache = new WeakMap<IndexSnapshot, IdfTable>();",
      "const sourceAudiences = new WeakMap<object, Map<string, DocumentAudience>>();",
      "const analyses = new Map<Chunk, ChunkAnalysis>();",
      "const termNumbers = new Map<string, number>();",
      "export const byVersion: Map<string, number> = new Map();",
    ];
    expect(old.map((line) => perIndexStateIn("src/x.ts", line).length > 0)).toEqual(old.map(() => true));
    expect(perIndexStateIn("src/index/terms.ts", "const termsCache = new Map<string, readonly string[]>();")).toEqual([]);
    // A map made inside a function or a class is that call's or that object's own.
    expect(
      perIndexStateIn("src/x.ts", "  const seen = new Map<string, number>();\n  private readonly kept = new Map<string, T>();"),
    ).toEqual([]);
  });
});
