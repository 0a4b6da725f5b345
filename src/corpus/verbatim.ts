/**
 * The verbatim promise (DESIGN.md, "Verbatim"): a quote counts as the source's own words when it is found
 * in the source after folding whitespace, curly quotes and dashes and re-joining a word hyphenated across a
 * line break. Everything that checks a quote goes through `foldForMatch`.
 */

const CHARACTER_FOLDS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u2026": "...",
};

const FOLD_PATTERN = new RegExp(`[${Object.keys(CHARACTER_FOLDS).join("")}]`, "g");

/** Join a word split by a hyphen at a line end, blank lines between or not: "safe-\nguarding" → "safeguarding". */
export function joinHyphenatedLineBreaks(text: string): string {
  return text.replace(/([A-Za-z])-[ \t]*\r?\n\s*([a-z])/g, "$1$2");
}

/** Fold text to the form in which quotes are compared with their sources. */
export function foldForMatch(text: string): string {
  return joinHyphenatedLineBreaks(text)
    .replace(FOLD_PATTERN, (c) => CHARACTER_FOLDS[c] ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `quote` appears in `source` under the verbatim folding. An empty quote never does. */
export function isVerbatim(quote: string, source: string): boolean {
  const q = foldForMatch(quote);
  return q.length > 0 && foldForMatch(source).includes(q);
}

/** A reusable checker for many quotes against one source, folding the source once. */
export function verbatimChecker(source: string): (quote: string) => boolean {
  const folded = foldForMatch(source);
  return (quote) => {
    const q = foldForMatch(quote);
    return q.length > 0 && folded.includes(q);
  };
}
