import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readCorpus } from "../src/corpus/corpus.js";
import { sentenceSpans } from "../src/corpus/sentences.js";
import { pick, seeded } from "./stats.js";

/**
 * A large synthetic corpus made from the real one: sentences shuffled across paragraphs, numbers and dates
 * swapped, some words resampled from the corpus vocabulary. Each section is a heading and one paragraph
 * sized so that the splitter makes one chunk of it, so the chunk count is close to `chunks`.
 */

export interface SyntheticCorpus {
  dir: string;
  files: number;
  sections: number;
  bytes: number;
}

const SECTIONS_PER_FILE = 500;
const WORDS_PER_SECTION = { min: 55, max: 120 };
const WORD_SWAP_RATE = 0.12;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DOC_TYPES = ["inspection-report", "procedure", "guidance", "partnership-report", "committee-papers"];

export async function writeSyntheticCorpus(realCorpusDir: string, dir: string, chunks: number, seed = 1): Promise<SyntheticCorpus> {
  const { sentences, vocabulary } = await sampleMaterial(realCorpusDir);
  const rand = seeded(seed);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const metadata: Record<string, unknown> = {};
  const files = Math.ceil(chunks / SECTIONS_PER_FILE);
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const name = `synthetic-${String(f).padStart(4, "0")}.txt`;
    const count = Math.min(SECTIONS_PER_FILE, chunks - f * SECTIONS_PER_FILE);
    const text = Array.from({ length: count }, (_, s) => section(f, s, sentences, vocabulary, rand)).join("\n\n");
    await writeFile(join(dir, name), text);
    bytes += Buffer.byteLength(text);
    metadata[name] = {
      title: `Synthetic guidance ${f + 1}`,
      publisher: "Benchmark",
      date: `${2014 + Math.floor(rand() * 11)}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-15`,
      type: pick(DOC_TYPES, rand),
    };
  }
  await writeFile(join(dir, "metadata.json"), JSON.stringify(metadata, null, 2));
  return { dir, files, sections: chunks, bytes };
}

/** The real corpus's sentences (four words or more) and its vocabulary, in a stable order. */
async function sampleMaterial(corpusDir: string): Promise<{ sentences: string[]; vocabulary: string[] }> {
  const { documents } = await readCorpus(corpusDir, { maxBytes: 50 * 1024 * 1024 });
  const sentences: string[] = [];
  const vocabulary = new Set<string>();
  for (const doc of documents) {
    for (const s of sentenceSpans(doc.text, 0, doc.text.length, doc.breaks)) {
      const text = doc.text.slice(s.start, s.end).replace(/\s+/g, " ").trim();
      const words = text.split(" ");
      if (words.length < 4 || words.length > 60 || !/[.!?]$/.test(text)) continue;
      sentences.push(text);
      for (const w of words) if (/^[a-z]{3,}$/.test(w)) vocabulary.add(w);
    }
  }
  if (sentences.length === 0) throw new Error(`no sentences found in ${corpusDir} to build a synthetic corpus from`);
  return { sentences, vocabulary: [...vocabulary].sort() };
}

function section(file: number, index: number, sentences: string[], vocabulary: string[], rand: () => number): string {
  const heading = `Section ${file + 1}.${index + 1} ${capitalise(pick(vocabulary, rand))} and ${pick(vocabulary, rand)}`;
  const target = WORDS_PER_SECTION.min + Math.floor(rand() * (WORDS_PER_SECTION.max - WORDS_PER_SECTION.min));
  const body: string[] = [];
  let words = 0;
  while (words < target) {
    const next = perturb(pick(sentences, rand), vocabulary, rand);
    const n = next.split(" ").length;
    if (words + n > WORDS_PER_SECTION.max + 20 && words > 0) break;
    body.push(next);
    words += n;
  }
  return `${heading}\n\n${body.join(" ")}`;
}

/** Swap numbers and dates, and resample some lower-case words, keeping the sentence's shape. */
function perturb(sentence: string, vocabulary: string[], rand: () => number): string {
  return sentence
    .replace(new RegExp(`\\b(${MONTHS.join("|")})\\b`, "g"), () => pick(MONTHS, rand))
    .replace(/\b(19|20)\d\d\b/g, () => String(2010 + Math.floor(rand() * 16)))
    .replace(/\b\d{1,3}\b/g, () => String(1 + Math.floor(rand() * 99)))
    .split(" ")
    .map((w) => (/^[a-z]{4,}$/.test(w) && rand() < WORD_SWAP_RATE ? pick(vocabulary, rand) : w))
    .join(" ");
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
