import type { Notice } from "../types.js";

/**
 * Clean a typed question before anything else sees it. Invisible characters are removed because they
 * can smuggle text past a reader (Unicode tag "ASCII smuggling", bidi reordering) into a model prompt,
 * and because they break matching against the corpus.
 */

export const MAX_QUESTION_CHARS = 1_000;

const INVISIBLE = new RegExp(
  [
    "[\\u{E0000}-\\u{E007F}]", // tag characters
    "[\\u200B-\\u200D\\u2060\\uFEFF]", // zero-width space, joiners, word joiner, BOM
    "[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]", // bidi marks, embeddings, overrides, isolates
    "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]", // control characters other than whitespace
  ].join("|"),
  "gu",
);

const EXAMPLE = "What should happen at a strategy discussion?";

/** Slack's emoji shortcodes (`:smile:`, `:+1::skin-tone-2:`): reactions, not words to search or answer. */
const EMOJI_SHORTCODE = /:(?:[+-]1|(?=[a-z0-9_+'-]*[a-z])[a-z0-9_+'-]+):/giu;

export function prepareQuestion(raw: string): { text: string; notices: Notice[]; empty: boolean } {
  const text = raw.normalize("NFC").replace(INVISIBLE, "").replace(EMOJI_SHORTCODE, " ").replace(/\s+/gu, " ").trim();
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return {
      text: "",
      notices: [{ kind: "input", text: `Please type a question, e.g. "${EXAMPLE}"` }],
      empty: true,
    };
  }
  if (text.length <= MAX_QUESTION_CHARS) return { text, notices: [], empty: false };
  return {
    text: shorten(text, MAX_QUESTION_CHARS),
    notices: [
      {
        kind: "input",
        text: `Your question was shortened to its first ${MAX_QUESTION_CHARS.toLocaleString("en-GB")} characters. Shorter questions get better answers.`,
      },
    ],
    empty: false,
  };
}

/** Cut at the last word boundary before `max`, unless that loses most of the text (e.g. unspaced scripts). */
function shorten(text: string, max: number): string {
  let cut = text.slice(0, max);
  // Never leave half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  if (/\s/.test(text[cut.length] ?? " ")) return cut.trimEnd();
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd();
}
