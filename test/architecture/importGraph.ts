import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/** The relative imports of the product's sources, read with a regex: enough for a layout check, and fast. */

export interface SourceImport {
  /** The importing file, relative to the repository root ("src/slack/app.ts"). */
  file: string;
  /** The imported path, relative to the repository root ("src/answer/types.js"). */
  target: string;
  typeOnly: boolean;
}

const ROOT = resolve(import.meta.dirname, "..", "..");
const STATIC = /(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:[^"'`;]*?\s+from\s+)?["']([^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

export function specifiersOf(text: string): { specifier: string; typeOnly: boolean }[] {
  const found = [...text.matchAll(STATIC)].map((m) => ({ specifier: m[2], typeOnly: Boolean(m[1]) }));
  return [...found, ...[...text.matchAll(DYNAMIC)].map((m) => ({ specifier: m[1], typeOnly: false }))];
}

export function sourceImports(dir = "src"): SourceImport[] {
  return filesUnder(join(ROOT, dir)).flatMap((path) =>
    specifiersOf(readFileSync(path, "utf8"))
      .filter((s) => s.specifier.startsWith("."))
      .map((s) => ({ file: fromRoot(path), target: fromRoot(resolve(dirname(path), s.specifier)), typeOnly: s.typeOnly })),
  );
}

/** The top-level part of src/ a path is in: its folder ("answer") or, for a file directly in src/, its name ("config.ts"). */
export function topOf(path: string): string {
  const [first, second, third] = path.split("/");
  if (first !== "src") return first;
  return third === undefined ? second.replace(/\.js$/, ".ts") : second;
}

/** A cycle in a directed graph, as its nodes in order (the first repeated at the end), or null. */
export function findCycle(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "open");
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return /\.(m?ts|mjs)$/.test(e.name) ? [path] : [];
  });
}

function fromRoot(path: string): string {
  return relative(ROOT, path).split(sep).join("/");
}
