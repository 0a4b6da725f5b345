import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The bench runs compiled (dist/) under `npm run bench` and from the TypeScript sources under the tests:
 * a module it starts in a child process is the sibling of the same kind, with tsx only for the sources.
 */
export function childScript(base: string, name: string): { path: string; execArgv: string[] } {
  const fromSources = base.endsWith(".ts");
  const path = fileURLToPath(new URL(`./${name}.${fromSources ? "ts" : "js"}`, base));
  return { path, execArgv: fromSources ? ["--import", "tsx"] : [] };
}

/** The repository's package.json, found upward from a module (bench/ or dist/bench/). */
export function packageJsonPath(base: string): string {
  let dir = dirname(fileURLToPath(base));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("package.json not found above the bench modules");
    dir = up;
  }
  return join(dir, "package.json");
}

/** The node flags an npm script runs with (package.json), so that a child measured for it runs as the script does. */
export function npmScriptFlags(script: string): string[] {
  const pkg = JSON.parse(readFileSync(packageJsonPath(import.meta.url), "utf8")) as { scripts: Record<string, string> };
  return pkg.scripts[script].split(/\s+/).filter((arg) => arg.startsWith("--"));
}
