import type { Passage } from "../retrieve/types.js";
import { MAX_QUOTE_CHARS, type SelectedSentence } from "./extractive.js";
import { formatMonthYear } from "../corpus/dates.js";
import { locateQuote } from "../corpus/locate.js";
import type { Citation } from "./types.js";

/**
 * The extractive answer's body: the chosen sentences verbatim, in quotation marks, each document's quotes
 * opened by where they come from ("The JTAI letter (August 2022) says:").
 */
export function quotedBody(sentences: SelectedSentence[]): { text: string; citations: Citation[] } {
  const lines: string[] = [];
  const citations: Citation[] = [];
  let lastSource = "";
  for (const s of sentences) {
    const quote = s.text.length > MAX_QUOTE_CHARS ? cutAtWord(s.text, MAX_QUOTE_CHARS) : s.text;
    const quoted = `“${quote}${quote === s.text ? "" : " …"}”`;
    if (s.passage.source === lastSource) lines[lines.length - 1] += ` ${quoted}`;
    else lines.push(`${lead(s.passage)} says: ${quoted}`);
    lastSource = s.passage.source;
    citations.push(citationOf(s.passage, quote));
  }
  return { text: lines.join("\n"), citations };
}

/** A document named as a practitioner would say it: its title when short, else whose document of what kind. */
export function documentName(p: Pick<Passage, "title" | "publisher" | "type">): string {
  if (p.title.length <= SHORT_TITLE_CHARS) return p.title;
  const publisher = p.publisher?.split(/,| and /)[0]?.trim();
  return publisher && publisher !== "Unknown publisher"
    ? `${publisher}'s ${TYPE_NAMES[p.type]}`
    : `the ${TYPE_NAMES[p.type]} “${p.title.slice(0, p.title.lastIndexOf(" ", SHORT_TITLE_CHARS))}…”`;
}

const SHORT_TITLE_CHARS = 70;
const TYPE_NAMES: Record<Passage["type"], string> = {
  "inspection-letter": "inspection letter",
  "inspection-report": "inspection report",
  "committee-papers": "committee papers",
  "partnership-report": "partnership report",
  procedure: "procedure",
  guidance: "guidance",
  other: "document",
};

function lead(p: Passage): string {
  const name = documentName(p);
  return `${name[0].toUpperCase()}${name.slice(1)} (${formatMonthYear(p.date)})`;
}

function cutAtWord(text: string, max: number): string {
  return text.slice(0, text.lastIndexOf(" ", max));
}

/** A citation of a verbatim quote from a passage, located at the quote itself. */
export function citationOf(p: Passage, quote: string): Citation {
  return {
    chunkId: p.id,
    source: p.source,
    title: p.title,
    date: p.date,
    ...(p.url ? { url: p.url } : {}),
    locator: locateQuote(p, quote),
    quote,
  };
}
