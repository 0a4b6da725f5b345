import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPdf, tempDir } from "../../testkit/fixtures.js";
import { makeCorpus, REPO, type TestCorpus } from "../index/helpers.js";

/**
 * The npm scripts run the compiled JavaScript in dist/ through scripts/run.mjs: rebuilt whenever a source
 * changed when TypeScript is installed, used as built when it is not (`npm ci --omit=dev`). The real tree
 * is run once (the compiled reindex); the rules are checked on a small project of their own.
 */

let corpus: TestCorpus;
beforeAll(async () => {
  corpus = makeCorpus();
  corpus.write("2024-02-pdf-guidance.pdf", await buildPdf([[["Contextual safeguarding looks beyond the family home."]]]));
});
afterAll(() => corpus.cleanup());

const runIn = (root: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [join(root, "scripts", "run.mjs"), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    encoding: "utf8",
    timeout: 300_000,
  });

describe("scripts/run.mjs on this project", () => {
  it("runs the compiled reindex, PDFs read on their own thread, with the script's arguments", () => {
    const result = runIn(REPO, ["scripts/reindex.ts", "--json"], corpus.env);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { sources: { file: string; status: string }[] };
    expect(report.sources.find((s) => s.file === "2024-02-pdf-guidance.pdf")?.status).toBe("added");
    expect(statSync(join(REPO, "dist", "scripts", "reindex.js")).isFile()).toBe(true);
  });
});

describe("scripts/run.mjs on a small project", () => {
  const temp = tempDir("safeguide-run-");
  const root = temp.dir;
  const source = join(root, "src", "hello.ts");
  const withTypeScript = () => symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"), "dir");
  const withoutTypeScript = () => rmSync(join(root, "node_modules"), { force: true });
  const GOOD = `declare const process: { argv: string[] };\ndeclare const console: { log(...a: unknown[]): void };\nconsole.log("hello", process.argv.slice(2).join(" "));\n`;
  const touch = () => {
    const { atime, mtime } = statSync(source);
    utimesSync(source, atime, new Date(mtime.getTime() + 1000));
  };

  beforeAll(() => {
    mkdirSync(join(root, "scripts"), { recursive: true });
    mkdirSync(join(root, "src"));
    copyFileSync(join(REPO, "scripts", "run.mjs"), join(root, "scripts", "run.mjs"));
    // The project's build settings, without Node's types (compiling them would be most of each build here).
    const options = { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, types: [] };
    writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: options, include: ["src"] }));
    copyFileSync(join(REPO, "tsconfig.build.json"), join(root, "tsconfig.build.json"));
    writeFileSync(join(root, "package.json"), `{ "type": "module" }\n`);
    writeFileSync(source, GOOD);
  });
  afterAll(() => temp.remove());

  it("with TypeScript: builds before the first run, then only when a source changed", () => {
    withTypeScript();
    const first = runIn(root, ["src/hello.ts", "a", "b"]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe("hello a b\n");
    expect(first.stderr).toMatch(/Compiling TypeScript to dist\/ \(no build yet\)/);
    expect(runIn(root, ["src/hello.ts"]).stderr).not.toMatch(/Compiling/);
    touch();
    const changed = runIn(root, ["src/hello.ts"]);
    expect(changed.stderr).toMatch(/Compiling TypeScript to dist\/ \(the sources changed/);
    expect(changed.stdout).toBe("hello \n");
  });

  it("npm run build (--build) fails on a type error; the next build, once fixed, succeeds", () => {
    writeFileSync(source, `export const n: number = "not a number";\n${GOOD}`);
    const broken = runIn(root, ["--build"]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/TS2322/);
    writeFileSync(source, GOOD);
    expect(runIn(root, ["--build"]).status).toBe(0);
  });

  it("without TypeScript (npm ci --omit=dev): runs dist/ as built, and says so when the sources changed since", () => {
    withoutTypeScript();
    expect(runIn(root, ["--prepare"]).status).toBe(0);
    const plain = runIn(root, ["src/hello.ts", "x"]);
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).toBe("hello x\n");
    expect(plain.stderr).toBe("");
    touch();
    const stale = runIn(root, ["src/hello.ts"]);
    expect(stale.status).toBe(0);
    expect(stale.stderr).toMatch(/TypeScript is not installed: running the existing build/);
  });

  it("without TypeScript and without a build: exits 1 saying how to build", () => {
    rmSync(join(root, "dist"), { recursive: true, force: true });
    const none = runIn(root, ["src/hello.ts"]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/npm ci && npm run build/);
    expect(runIn(root, ["--build"]).status).toBe(1);
  });
});
