import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildPdf } from "../testkit/fixtures.js";
import { readCorpus } from "../src/corpus/corpus.js";
import { benchEnv, benchRoot, MB } from "./benchConfig.js";
import { childScript, npmScriptFlags } from "./childScript.js";
import { writeSyntheticCorpus } from "./synthetic.js";

/**
 * Peak memory of a full reindex in its own process, on corpora generated under data/bench/ (git-ignored):
 * the real corpus as PDFs (the PDF parser is the heaviest loader), and one large plain-text file.
 */

export interface ReindexMemory {
  label: string;
  corpusMb: number;
  chunks: number;
  peakMb: number;
}

const CHILD = childScript(import.meta.url, "reindexChild");
const LINES_PER_PAGE = 45;
const CHARS_PER_LINE = 90;

export async function measureReindexMemory(realCorpusDir: string, largeTextMb: number, log: (m: string) => void): Promise<ReindexMemory[]> {
  const pdfDir = join(benchRoot(), "pdf-corpus");
  log(`writing the real corpus as PDFs to ${pdfDir}`);
  const pdfBytes = await writePdfCorpus(realCorpusDir, pdfDir);
  const pdf = await peakOfReindex("pdf", pdfDir);
  const textDir = join(benchRoot(), "large-text-corpus");
  log(`writing one ${largeTextMb} MB text file to ${textDir}`);
  const textBytes = await writeLargeTextCorpus(realCorpusDir, textDir, largeTextMb * MB);
  const text = await peakOfReindex("large-text", textDir);
  return [
    { label: `the real corpus as ${pdf.files} PDFs`, corpusMb: pdfBytes / MB, chunks: pdf.chunks, peakMb: pdf.peakMb },
    { label: `one ${largeTextMb} MB text file`, corpusMb: textBytes / MB, chunks: text.chunks, peakMb: text.peakMb },
  ];
}

/** Each document of the real corpus as a PDF of its text, wrapped to A4 pages; same metadata. */
async function writePdfCorpus(realCorpusDir: string, dir: string): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const { documents } = await readCorpus(realCorpusDir, { maxBytes: 50 * MB });
  const records = JSON.parse(await readFile(join(realCorpusDir, "metadata.json"), "utf8").catch(() => "{}")) as Record<string, unknown>;
  const metadata: Record<string, unknown> = {};
  let bytes = 0;
  for (const doc of documents) {
    const name = doc.source.replace(/\.[^.]+$/, ".pdf");
    const lines = doc.text.split("\n").flatMap((line) => wrap(line.replace(/[^\x20-\x7e]/g, " ")));
    const pages: string[][][] = [];
    for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push([lines.slice(i, i + LINES_PER_PAGE)]);
    const pdf = await buildPdf(pages);
    await writeFile(join(dir, name), pdf);
    bytes += pdf.length;
    if (records[doc.source]) metadata[name] = records[doc.source];
  }
  await writeFile(join(dir, "metadata.json"), JSON.stringify(metadata, null, 2));
  return bytes;
}

function wrap(line: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && current.length + word.length + 1 > CHARS_PER_LINE) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out;
}

/** The synthetic corpus's files (the real corpus's sentences, reshuffled) run together into one file of `bytes`. */
async function writeLargeTextCorpus(realCorpusDir: string, dir: string, bytes: number): Promise<number> {
  const parts = join(benchRoot(), "large-text-parts");
  await writeSyntheticCorpus(realCorpusDir, parts, Math.ceil(bytes / 600));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const name = "2024-05-large-partnership-report.txt";
  const out = createWriteStream(join(dir, name));
  let written = 0;
  for (const file of (await readdir(parts)).filter((f) => f.endsWith(".txt")).sort()) {
    if (written >= bytes) break;
    const text = (await readFile(join(parts, file))).subarray(0, bytes - written);
    out.write(text);
    out.write("\n\n");
    written += text.length + 2;
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  await rm(parts, { recursive: true, force: true });
  const metadata = {
    [name]: { title: "Large partnership report", publisher: "Benchmark", date: "2024-05-01", type: "partnership-report" },
  };
  await writeFile(join(dir, "metadata.json"), JSON.stringify(metadata, null, 2));
  return written;
}

async function peakOfReindex(name: string, corpusDir: string): Promise<{ files: number; chunks: number; peakMb: number }> {
  const env = benchEnv(`reindex-memory-${name}`, { CORPUS_DIR: corpusDir });
  await rm(join(benchRoot(), `reindex-memory-${name}`), { recursive: true, force: true });
  const child = spawn(process.execPath, [...npmScriptFlags("reindex"), ...CHILD.execArgv, CHILD.path], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const line = JSON.parse(out.trim().split("\n").pop() || "{}") as {
    outcome?: string;
    error?: string;
    chunks: number;
    vmHwmKb: number;
    maxRssKb: number;
  };
  if (code !== 0 || line.outcome !== "built")
    throw new Error(`the reindex of ${corpusDir} failed (exit ${code}): ${line.error ?? "no report"}`);
  const files = (await readdir(corpusDir)).filter((f) => f !== "metadata.json").length;
  return { files, chunks: line.chunks, peakMb: (Number.isFinite(line.vmHwmKb) ? line.vmHwmKb : line.maxRssKb) / 1024 };
}
