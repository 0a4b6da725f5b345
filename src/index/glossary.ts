import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ACRONYMS_FILE, VOCABULARY_FILE } from "../corpus/metadata.js";
import { parseVocabulary, type VocabularyEntry } from "../corpus/vocabularyFile.js";
import type { CorpusDocument } from "../corpus/types.js";

/**
 * Acronyms and their long forms, learned from the corpus's own definitions ("Youth Engagement Service
 * (YES)", "MST (Multi Systemic Therapy)") and merged with the curated list in corpus/acronyms.json.
 * Used to expand queries both ways and to answer "what does X stand for".
 */

export type CuratedAcronyms = Record<string, string | string[]>;

export interface GlossaryEntry {
  acronym: string;
  longForms: string[];
  /** Where the corpus defines it, when it does. */
  definedIn: string[];
}

interface GlossaryData {
  entries: GlossaryEntry[];
  /** The admin's vocabulary (corpus/vocabulary.json), kept with the index it was built with. */
  vocabulary?: VocabularyEntry[];
  /** Acronyms whose lower-case spelling is an ordinary word in the corpus ("yes"), matched only in capitals. */
  ordinaryWords: string[];
}

/** An acronym as written: capitals first and last, maybe a small letter or "&" between ("DfE", "A&E"), maybe a plural s. */
export const ACRONYM = "[A-Z][A-Za-z&]*[A-Z][A-Za-z]?s?";
const LONG_THEN_SHORT = new RegExp(`([A-Za-z][A-Za-z'’&\\- ]{3,120}?)\\s*\\((${ACRONYM})\\)`, "g");
const PARENTHESISED_ACRONYM = new RegExp(`\\((${ACRONYM})\\)`, "g");
/** The longest long form LONG_THEN_SHORT allows (1 + 120 characters). */
const LONG_FORM_MAX = 121;
const SHORT_THEN_LONG = new RegExp(`\\b(${ACRONYM})\\s*\\(([A-Za-z][A-Za-z'’&\\- ]{3,120}?)\\)`, "g");
const MINOR_WORDS = new Set(["of", "and", "the", "for", "to", "in", "on", "at", "&", "a", "an", "with", "by"]);

export class Glossary {
  private readonly byAcronym: Map<string, GlossaryEntry>;
  private readonly ordinary: Set<string>;

  constructor(private readonly data: GlossaryData) {
    this.byAcronym = new Map(data.entries.map((e) => [e.acronym.toUpperCase(), e]));
    this.ordinary = new Set(data.ordinaryWords);
  }

  get entries(): GlossaryEntry[] {
    return this.data.entries;
  }

  get vocabulary(): VocabularyEntry[] {
    return this.data.vocabulary ?? [];
  }

  /** The entry for a token written in the question, honouring case where the acronym is also a word. */
  lookup(token: string): GlossaryEntry | undefined {
    const entry =
      this.byAcronym.get(token.toUpperCase()) ?? (/s$/i.test(token) ? this.byAcronym.get(token.slice(0, -1).toUpperCase()) : undefined);
    if (!entry) return undefined;
    const writtenInCapitals = token === token.toUpperCase();
    return writtenInCapitals || !this.ordinary.has(entry.acronym.toLowerCase()) ? entry : undefined;
  }

  /** Long forms for acronyms in the query, and acronyms for long forms spelled out in it. */
  expansions(query: string): string[] {
    const added = new Set<string>();
    for (const token of query.match(/[A-Za-z&]{2,}/g) ?? []) {
      for (const long of this.lookup(token)?.longForms ?? []) added.add(long);
    }
    const lower = ` ${query
      .toLowerCase()
      .replace(/[^a-z0-9& ]+/g, " ")
      .replace(/\s+/g, " ")} `;
    for (const entry of this.data.entries) {
      if (entry.longForms.some((l) => lower.includes(` ${l.toLowerCase()} `))) added.add(entry.acronym);
    }
    return [...added];
  }

  /**
   * The text spelled other ways, one acronym at a time: each acronym in it replaced by a long form
   * ("CCE training" → "child criminal exploitation training"), each long form by its acronym.
   */
  spellings(text: string): string[] {
    const found = new Set<string>();
    for (const token of new Set(text.match(/[A-Za-z&]{2,}/g) ?? [])) {
      for (const long of this.lookup(token)?.longForms ?? []) found.add(text.replace(wordPattern(token), long));
    }
    for (const entry of this.data.entries) {
      for (const long of entry.longForms) {
        const spelled = text.replace(wordPattern(long, "i"), entry.acronym);
        if (spelled !== text) found.add(spelled);
      }
    }
    found.delete(text);
    return [...found];
  }

  toJSON(): GlossaryData {
    return this.data;
  }
}

function wordPattern(words: string, flags = ""): RegExp {
  return new RegExp(`(?<![\\w&])${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w&])`, `g${flags}`);
}

export function loadGlossary(json: unknown): Glossary {
  const data = json as GlossaryData;
  if (!data || !Array.isArray(data.entries)) throw new Error("glossary.json is malformed");
  return new Glossary({ entries: data.entries, ordinaryWords: data.ordinaryWords ?? [], vocabulary: data.vocabulary ?? [] });
}

/**
 * The admin's curated lists: acronyms (corpus/acronyms.json) and vocabulary (corpus/vocabulary.json). The
 * vocabulary rides in the same record, one key per entry under VOCABULARY_KEY, so that the manifest's hash
 * of the curated lists sees a change to either and the next reindex rebuilds.
 */
export async function readCuratedAcronyms(corpusDir: string): Promise<{ acronyms: CuratedAcronyms; warnings: string[] }> {
  const acronyms = await readCuratedFile(corpusDir, ACRONYMS_FILE, (parsed) => {
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as CuratedAcronyms;
    throw new Error("it is not an object of ACRONYM: long form");
  });
  const vocabulary = await readCuratedFile(corpusDir, VOCABULARY_FILE, (parsed) => {
    const entries = parseVocabulary(parsed, VOCABULARY_FILE);
    return Object.fromEntries(entries.map((e) => [`${VOCABULARY_KEY}${e.term}`, JSON.stringify(e)]));
  });
  return { acronyms: { ...acronyms.value, ...vocabulary.value }, warnings: [...acronyms.warnings, ...vocabulary.warnings] };
}

const VOCABULARY_KEY = "vocabulary:";

async function readCuratedFile(corpusDir: string, file: string, parse: (json: unknown) => CuratedAcronyms) {
  try {
    return { value: parse(JSON.parse(await readFile(join(corpusDir, file), "utf8"))), warnings: [] as string[] };
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    return { value: {}, warnings: missing ? [] : [`${file} could not be used (${(e as Error).message}); ignored`] };
  }
}

export function buildGlossary(documents: CorpusDocument[], curated: CuratedAcronyms): Glossary {
  const entries = new Map<string, GlossaryEntry>();
  const add = (acronym: string, longForm: string, source: string | null) => {
    const key = acronym.replace(/(?<=[A-Z])s$/, "").toUpperCase();
    const entry = entries.get(key) ?? { acronym: key, longForms: [], definedIn: [] };
    const tidy = longForm.replace(/\s+/g, " ").trim();
    if (!entry.longForms.some((l) => l.toLowerCase() === tidy.toLowerCase())) entry.longForms.push(tidy);
    if (source && !entry.definedIn.includes(source)) entry.definedIn.push(source);
    entries.set(key, entry);
  };
  for (const doc of documents) {
    for (const d of findDefinitions(doc.text)) add(d.acronym, d.longForm, doc.source);
  }
  const vocabulary: VocabularyEntry[] = [];
  for (const [acronym, long] of Object.entries(curated)) {
    if (acronym.startsWith(VOCABULARY_KEY)) vocabulary.push(JSON.parse(String(long)) as VocabularyEntry);
    else for (const l of Array.isArray(long) ? long : [long]) add(acronym, l, null);
  }
  // Scanned match by match: a list of every word of a large document would be hundreds of MB at once.
  const candidates = new Set([...entries.keys()].map((k) => k.toLowerCase()));
  const seen = new Set<string>();
  for (const doc of documents) for (const [word] of doc.text.matchAll(/\b[a-z]{2,}\b/g)) if (candidates.has(word)) seen.add(word);
  const ordinaryWords = [...entries.keys()].map((k) => k.toLowerCase()).filter((k) => seen.has(k));
  return new Glossary({ entries: [...entries.values()].sort((a, b) => a.acronym.localeCompare(b.acronym)), ordinaryWords, vocabulary });
}

/** Definitions in running text, in either order, kept only when the initials fit the acronym. */
export function findDefinitions(text: string): { acronym: string; longForm: string }[] {
  const found: { acronym: string; longForm: string }[] = [];
  for (const m of longThenShort(text)) {
    const longForm = matchLongForm(m[1], m[2]);
    if (longForm) found.push({ acronym: m[2], longForm });
  }
  for (const m of text.matchAll(SHORT_THEN_LONG)) {
    const words = m[2].trim().split(/\s+/);
    if (initialsFit(words, m[1])) found.push({ acronym: m[1], longForm: m[2].trim() });
  }
  return found;
}

/**
 * The matches of LONG_THEN_SHORT over the text, as `text.matchAll` gives them, without trying the lazy
 * 120-character long form at every letter of the text. A match's "(" is the first "(" after its start (the
 * long form and the spaces after it hold none), so each "(ACR)" is tried once, on the stretch before it
 * that a long form and its trailing whitespace could span; the pattern has no anchors or look-arounds, so
 * matching on that stretch finds what matching on the whole text would.
 */
export function longThenShort(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let last = 0;
  for (const c of text.matchAll(PARENTHESISED_ACRONYM)) {
    const paren = c.index;
    if (paren < last) continue;
    let space = paren;
    while (space > 0 && /\s/.test(text[space - 1])) space--;
    const from = Math.max(last, space - LONG_FORM_MAX);
    const end = paren + c[0].length;
    const pattern = new RegExp(LONG_THEN_SHORT.source, "g");
    const m = pattern.exec(text.slice(from, end));
    if (!m) continue;
    m.index += from;
    out.push(m);
    last = m.index + m[0].length;
  }
  return out;
}

/** The run of words ending just before "(ACR)" whose initials spell most of the acronym. */
function matchLongForm(before: string, acronym: string): string | null {
  const words = before.trim().split(/\s+/);
  let best: string[] | null = null;
  for (let n = 1; n <= Math.min(words.length, acronym.length + 4); n++) {
    const candidate = words.slice(words.length - n);
    if (initialsFit(candidate, acronym) && majorWords(candidate) > (best ? majorWords(best) : 0)) best = candidate;
  }
  return best ? best.join(" ") : null;
}

function majorWords(words: string[]): number {
  return words.flatMap((w) => w.split("-")).filter((p) => p && !MINOR_WORDS.has(p.toLowerCase())).length;
}

/** Every capital of the acronym is the start of a word (or hyphen part), in order, and every major word is used. */
function initialsFit(words: string[], acronym: string): boolean {
  const letters = acronym
    .replace(/s$/, "")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
  const parts = words.flatMap((w) => w.split("-")).filter(Boolean);
  const starts = parts.filter((p) => !MINOR_WORDS.has(p.toLowerCase())).map((p) => p[0].toLowerCase());
  if (starts.length < 2 || starts.length > letters.length) return false;
  if (starts[0] !== letters[0]) return false;
  let i = 0;
  for (const c of letters) if (c === starts[i]) i++;
  return i === starts.length && letters.length - starts.length <= 2;
}
