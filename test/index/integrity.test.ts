import { readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main as askMain } from "../../scripts/commands/ask.js";
import { buildIndex } from "../../src/index/build.js";
import { IndexHolder } from "../../src/index/holder.js";
import { ensureIndex, IndexError, loadIndex } from "../../src/index/load.js";
import { makeCorpus, runReindex, type TestCorpus } from "./helpers.js";
import { runMain } from "../helpers/command.js";
import { prepareIndex } from "../../src/retrieve/indexDerived.js";

/** DESIGN.md, "Integrity": a version whose files do not match their checksums is refused by name, never served, never a crash. */

let corpus: TestCorpus;
let version: string;
const versionDir = (id = version) => join(corpus.indexDir, "versions", id);

beforeEach(async () => {
  corpus = makeCorpus();
  version = (await buildIndex(corpus.config())).version!;
});
afterEach(() => corpus.cleanup());

/** Invert `count` bytes from `at` (default: the middle of the file); the size stays the same. */
function flipBytes(file: string, count = 20, at?: number): void {
  const bytes = readFileSync(file);
  const start = at ?? Math.max(0, Math.floor(bytes.length / 2) - count / 2);
  for (let i = start; i < Math.min(bytes.length, start + count); i++) bytes[i] ^= 0xff;
  writeFileSync(file, bytes);
}

function pointCurrentAt(id: string): void {
  const temp = join(corpus.indexDir, "current-test-link");
  symlinkSync(join("versions", id), temp);
  renameSync(temp, join(corpus.indexDir, "current"));
}

describe("a version with flipped bytes", () => {
  const files = () => readdirSync(versionDir()).filter((f) => f !== "manifest.json");

  it("has a checksum for every file, and loading refuses each damaged file by name", async () => {
    expect(files()).toEqual(
      expect.arrayContaining([
        "hnswlib.index",
        "texts.bin",
        "chunks.json",
        "chunks.bin",
        "lexical.bin",
        "lexical.json",
        "lsa-model.json",
        "glossary.json",
        "args.json",
        "docstore.json",
      ]),
    );
    for (const file of files()) {
      const original = readFileSync(join(versionDir(), file));
      flipBytes(join(versionDir(), file));
      const error = await loadIndex(corpus.config()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, file).toBeInstanceOf(IndexError);
      expect((error as IndexError).problem).toBe("damaged");
      expect((error as IndexError).message).toContain(`${file} does not match its checksum`);
      writeFileSync(join(versionDir(), file), original);
    }
    await expect(loadIndex(corpus.config())).resolves.toMatchObject({ version });
  });

  it("in hnswlib.index's header (a SIGSEGV in hnswlib without the check, taking this process down): ask names the file, rebuilds and answers", async () => {
    flipBytes(join(versionDir(), "hnswlib.index"), 20, 40);
    const result = await runMain(askMain, ["--json", "neglect screening tool"], {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      ...corpus.env,
    });
    expect(result.stderr).toMatch(/hnswlib\.index does not match its checksum.*Rebuilding the index/);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).passages[0].source).toBe("2021-03-neglect-guidance.md");
  });

  it("in texts.bin: the altered text is never served; ensureIndex rebuilds from the corpus and says why", async () => {
    flipBytes(join(versionDir(), "texts.bin"));
    const said: string[] = [];
    const snapshot = await ensureIndex(corpus.config(), (m) => said.push(m));
    expect(said[0]).toMatch(/texts\.bin does not match its checksum/);
    expect(snapshot.version).not.toBe(version);
    // Inverted ASCII is not UTF-8: served, the flipped bytes would read as U+FFFD inside a "verbatim" quote.
    expect(snapshot.chunks.all().filter((c) => c.text.includes("\uFFFD"))).toEqual([]);
  });

  it("is rebuilt by `npm run reindex` although no source changed", async () => {
    flipBytes(join(versionDir(), "lexical.bin"));
    const result = await runReindex(corpus);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Built index version/);
    expect(result.stdout).toMatch(/lexical\.bin does not match its checksum/);
    expect(readdirSync(join(corpus.indexDir, "versions"))).toHaveLength(2);
    const again = await runReindex(corpus);
    expect(again.stdout).toMatch(/^Nothing changed/);
  });
});

describe("a running app", () => {
  it("keeps serving the version it holds when `current` moves to a damaged one, and takes the next good one", async () => {
    corpus.write("2023-06-early-help.txt", "Early help assessments bring families and practitioners together early.\n");
    const second = (await buildIndex(corpus.config())).version!;
    pointCurrentAt(version);
    const said: string[] = [];
    const holder = await IndexHolder.open(corpus.config(), { prepare: prepareIndex, say: (m) => said.push(m), pollMs: 60_000 });
    try {
      expect(holder.get().version).toBe(version);
      flipBytes(join(versionDir(second), "chunks.bin"));
      pointCurrentAt(second);
      await holder.refresh();
      expect(holder.get().version).toBe(version);
      expect(said.at(-1)).toMatch(
        new RegExp(`${second} could not be loaded; still using ${version}.*chunks\\.bin does not match its checksum`),
      );

      const third = (await buildIndex(corpus.config())).version!;
      await holder.refresh();
      expect(holder.get().version).toBe(third);
    } finally {
      holder.close();
    }
  });
});

describe("a version made before checksums were recorded", () => {
  beforeEach(() => {
    const path = join(versionDir(), "manifest.json");
    const { files: _files, ...manifest } = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...manifest, schemaVersion: 1 }));
  });

  it("is incompatible, and ensureIndex rebuilds it", async () => {
    const error = await loadIndex(corpus.config()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IndexError);
    expect((error as IndexError).problem).toBe("incompatible");
    expect((error as IndexError).message).toMatch(/earlier release/);
    const said: string[] = [];
    await expect(ensureIndex(corpus.config(), (m) => said.push(m))).resolves.toBeTruthy();
    expect(said[0]).toMatch(/Rebuilding the index/);
  });

  it("is rebuilt by a reindex although no source changed", async () => {
    const report = await buildIndex(corpus.config());
    expect(report.outcome).toBe("built");
    expect(report.warnings.join("\n")).toMatch(/earlier release, without checksums/);
    rmSync(versionDir(), { recursive: true, force: true });
    await expect(loadIndex(corpus.config())).resolves.toMatchObject({ version: report.version });
  });
});
