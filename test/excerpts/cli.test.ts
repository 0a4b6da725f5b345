import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../testkit/fixtures.js";
import { CORPUS_DIR } from "./helpers.js";
import { main } from "../../scripts/commands/excerpts.js";
import { runMain } from "../helpers/command.js";

/** scripts/excerpts.ts as a trainer runs it, against a copy of the shipped corpus and a fresh index. */

const temp = tempDir("safeguide-excerpts-cli-");
const outDir = join(temp.dir, "out");
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(OPENAI|AZURE_OPENAI|SLACK)_/.test(k))),
  CORPUS_DIR: join(temp.dir, "corpus"),
  INDEX_DIR: join(temp.dir, "data", "index"),
  DATA_DIR: join(temp.dir, "data"),
  EMBEDDINGS: "local",
};

/** The script spawned once, as `npm run excerpts` runs it (tsx, without npm's own start-up). */
const TSX = join("node_modules", ".bin", "tsx");
function spawnScript(...args: string[]) {
  const r = spawnSync(TSX, ["scripts/excerpts.ts", ...args], { env, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn.*\n/gm, "") };
}

/** Every other case runs the script's main in this process, over the index the spawned run built. */
const run = (...args: string[]) => runMain(main, args, env);

let first: ReturnType<typeof spawnScript>;
beforeAll(() => {
  cpSync(CORPUS_DIR, env.CORPUS_DIR ?? "", { recursive: true });
  mkdirSync(outDir);
  first = spawnScript("professional curiosity");
});
afterAll(() => temp.remove());

describe("npm run excerpts", () => {
  it("builds the missing index (saying so on stderr) and prints markdown to stdout", () => {
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/building it/i);
    expect(first.stdout).toMatch(/^# Excerpts: “professional curiosity”\n/);
    expect(first.stdout).toMatch(/^> .*professional curiosity/im);
    expect(first.stdout).toMatch(/^— Joint targeted area inspection of Kirklees/m);
    expect(first.stdout).not.toMatch(/building|Index built/i);
  });

  it("writes csv, html and json to stdout, and docx atomically to --out", async () => {
    expect((await run("contingency planning", "--format", "csv")).stdout.split("\r\n")[0]).toBe(
      "topic,document,publisher,date,section,paragraph,page,source,also_in,excerpt,url",
    );
    expect((await run("contingency planning", "--format", "html", "--sort", "date")).stdout).toMatch(/^<!doctype html>/);
    const json = JSON.parse((await run("contingency planning", "--json", "--k", "3")).stdout);
    expect(json.total).toBeLessThanOrEqual(3);
    const path = join(outDir, "curiosity.docx");
    const docx = await run("professional curiosity", "--out", path);
    expect(docx.status).toBe(0);
    expect(docx.stdout).toBe("");
    expect(docx.stderr).toMatch(/Wrote \d+ excerpt/);
    expect((await mammoth.extractRawText({ path })).value).toContain("Excerpts: “professional curiosity”");
    expect(readdirSync(outDir)).toEqual(["curiosity.docx"]);
  });

  it.each([
    [["  "], /Please give a topic/],
    [[], /Please give a topic/],
    [["neglect", "--format", "pdf"], /Unknown --format "pdf"/],
    [["neglect", "--k", "0"], /--k must be a whole number/],
    [["neglect", "--k", "three"], /--k must be a whole number/],
    [["neglect", "--sort", "newest"], /Unknown --sort "newest"/],
    [["neglect", "--type", "memo"], /unknown --type "memo"/],
    [["neglect", "--since", "last year"], /--since must be a date/],
    [["neglect", "--format", "docx"], /give --out FILE\.docx/],
    [["neglect", "--frobnicate"], /Unknown option/i],
  ])("rejects bad input %j with a message and exit 2", async (args, message) => {
    const r = await run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("says nothing was found, exits 1 and writes no file", async () => {
    const path = join(outDir, "nothing.md");
    const r = await run("zyxwvut qqqj", "--out", path);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Nothing found for “zyxwvut qqqj”/);
    expect(existsSync(path)).toBe(false);
  });

  it("refuses an --out it cannot write, exit 1, leaving nothing behind", async () => {
    const missing = await run("neglect", "--out", join(temp.dir, "no-such-folder", "x.md"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
    const proc = await run("neglect", "--out", "/proc/x.md");
    expect(proc.status).toBe(1);
    expect(proc.stderr).toMatch(/Could not write \/proc\/x\.md|Cannot write/);
    const folder = await run("neglect", "--out", outDir);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/is a folder/);
    expect(readdirSync(outDir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });
});
