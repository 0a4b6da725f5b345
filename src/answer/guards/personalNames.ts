import nlp from "compromise";

/**
 * Names of people in a question, and the ages given with them. compromise tags people from its lexicon
 * of first and last names and its grammar ("Dr Sarah Smith", "Mohammed Khan"); a capitalised word that
 * is neither English nor a word of the indexed guidance ("Kayden", "Almondbury") is taken as a name too,
 * since a name is what such a word most often is in a question about a child. Names that the indexed
 * documents themselves use (the officials who wrote them) are not personal data: `isDocumentName` says so.
 */

export interface NameOptions {
  /** True when the indexed documents use this name (a phrase, e.g. "Steve Walker"). */
  isDocumentName?: (name: string) => boolean;
  /** True when the indexed documents use this word (lower case). */
  isCorpusWord?: (word: string) => boolean;
}

export interface Span {
  start: number;
  end: number;
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const PERSON_TAGS = new Set(["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Honorific"]);
const NAME_TAGS = /Person|FirstName|LastName|MaleName|FemaleName/;
const NOT_NAME_TAGS = new Set(["Date", "Month", "WeekDay", "Place", "Country", "City", "Organization", "Acronym", "Value"]);
/** Words compromise can read as names that, capitalised in a question, are most often something else. */
const NOT_NAMES = new Set(
  ("early help will may june april august mark bill hope grace rose faith joy sky summer autumn dawn page lead " +
    "chase court major bishop dean young king rich best long white black green brown child children").split(" "),
);

interface Term {
  text: string;
  start: number;
  end: number;
  tags: string[];
  sentenceStart: boolean;
}

function termsOf(text: string): Term[] {
  const out: Term[] = [];
  const doc = nlp(text);
  for (const sentence of doc.json({ offset: true }) as { terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }[]) {
    sentence.terms.forEach((t, i) => {
      const start = t.offset.start;
      // compromise's offsets count the term without its trailing punctuation.
      out.push({ text: t.text, start, end: start + t.offset.length, tags: t.tags, sentenceStart: i === 0 });
    });
  }
  return out;
}

function lexiconTags(word: string): string {
  const tags = LEXICON[word.toLowerCase()];
  return Array.isArray(tags) ? tags.join("/") : (tags ?? "");
}

function looksLikeName(t: Term, options: NameOptions): boolean {
  const word = t.text.replace(/['’]s$/i, "");
  if (!/^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  const known = lexiconTags(lower);
  if (t.tags.some((tag) => PERSON_TAGS.has(tag)) && (!known || NAME_TAGS.test(known))) return true;
  if (known || t.tags.some((tag) => NOT_NAME_TAGS.has(tag))) return false;
  if (t.sentenceStart && /(?:ing|ed|ly|s)$/.test(lower)) return false;
  // Without the guidance's vocabulary, an unknown word may be a place or a body ("Ofsted"): leave it.
  return options.isCorpusWord ? !options.isCorpusWord(lower) : false;
}

/** Spans of people's names, joined across adjacent words ("Mohammed Khan", "Kayden Smith-Jones"). */
export function findNames(text: string, options: NameOptions = {}): Span[] {
  const spans: Span[] = [];
  for (const t of termsOf(text)) {
    if (!looksLikeName(t, options)) continue;
    const end = t.start + t.text.replace(/['’]s$/i, "").length;
    const prev = spans[spans.length - 1];
    if (prev && /^\s+$/.test(text.slice(prev.end, t.start))) prev.end = end;
    else spans.push({ start: t.start, end });
  }
  return spans.filter((s) => !isDocumentName(text.slice(s.start, s.end), options));
}

/** A first name alone ("Sarah") says little about which official is meant, so it is never exempted. */
function isDocumentName(name: string, options: NameOptions): boolean {
  if (!/\s/.test(name) && NAME_TAGS.test(lexiconTags(name)) && /FirstName|MaleName|FemaleName/.test(lexiconTags(name))) return false;
  return options.isDocumentName?.(name) ?? false;
}

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen";
const AGE = `(?:\\d{1,2}|${NUMBER_WORDS})`;
const AGE_AFTER_NAME = new RegExp(
  `^(?:,?\\s+(?:who\\s+is\\s+|is\\s+)?aged?\\s+${AGE}\\b|\\s*\\(\\s*(?:aged?\\s+)?${AGE}\\s*\\)|,\\s*${AGE}(?=\\s*,)|,?\\s+(?:an?\\s+|who\\s+is\\s+|is\\s+)?${AGE}[- ]?(?:years?|yrs?)[- ]old\\b|,?\\s+(?:who\\s+)?is\\s+${AGE}\\b(?![.,]\\d|\\s*(?:%|per|hours?|days?|weeks?|months?)))`,
  "i",
);

/** The age given right after a name: "Mohammed Khan, aged twelve", "Tom (8)", "Jane, who is 7". */
export function agesAfterNames(text: string, names: Span[]): Span[] {
  const out: Span[] = [];
  for (const n of names) {
    const m = AGE_AFTER_NAME.exec(text.slice(n.end));
    if (m) out.push({ start: n.end + m[0].search(/[\p{L}\p{N}(]/u), end: n.end + m[0].length });
  }
  return out;
}
