import type { LoadedText } from "../types.js";
import { LoadError } from "./errors.js";

export const LATIN1_WARNING = "not valid UTF-8; decoded as Latin-1 (Windows-1252)";

/**
 * Plain text and markdown, kept exactly as in the file apart from the encoding, the BOM, line endings,
 * form feeds (page breaks) and paragraph tags. Cleaning happens later.
 */
export function loadText(bytes: Uint8Array): LoadedText {
  const warnings: string[] = [];
  const decoded = decodeText(bytes, warnings).replace(/\r\n?/g, "\n");
  const paged = splitPages(decoded);
  return { ...paged, ...blankParagraphTags(paged.text), warnings };
}

/**
 * Text saved from a web page can keep its paragraph tags ("…also</p> <p>Early help…"). Each tag becomes
 * as many spaces, a close-then-open between two paragraphs a blank line and between two table cells a
 * line break, so every other character keeps its offset. Where a tag was, cleaning lets no sentence run on.
 */
export function blankParagraphTags(text: string): { text: string; markup?: number[] } {
  if (!/<\/?p>/i.test(text)) return { text };
  const markup: number[] = [];
  const blanked = text
    .replace(/<\/p>( *|\t+)<p>/gi, (m, gap: string, at: number) => {
      markup.push(at);
      return `${gap.startsWith("\t") ? "\n" : "\n\n"}${" ".repeat(m.length - (gap.startsWith("\t") ? 1 : 2))}`;
    })
    .replace(/<\/?p>/gi, (m, at: number) => {
      markup.push(at);
      return " ".repeat(m.length);
    });
  return { text: blanked, markup: markup.sort((a, b) => a - b) };
}

/** UTF-8 (or UTF-16 with a BOM), falling back to Windows-1252 with a warning; never returns a BOM. */
export function decodeText(bytes: Uint8Array, warnings: string[]): string {
  return decodeBytes(bytes, warnings).replace(/^\uFEFF/, "");
}

function decodeBytes(bytes: Uint8Array, warnings: string[]): string {
  // Notepad's "Unicode" is UTF-16 with a BOM; its NUL bytes must not read as binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (looksBinary(bytes)) throw new LoadError("looks like a binary file, not text");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    warnings.push(LATIN1_WARNING);
    return decodeWindows1252(bytes);
  }
}

/** WHATWG windows-1252 for 0x80–0x9F; elsewhere it equals Latin-1. */
const C1_CHARACTERS =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Node 20.18.3+ decodes TextDecoder("windows-1252") as plain Latin-1, turning smart quotes and dashes into
 * C1 control characters (nodejs/node#60888), so the 32 differing bytes are mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\x80-\x9f]/g, (c) => C1_CHARACTERS[c.charCodeAt(0) - 0x80]);
}

/** NUL bytes, or more than 10% control bytes other than tab, line feed, form feed and carriage return. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      control++;
    }
  }
  return control > bytes.length * 0.1;
}

/** Each form feed becomes "\n\n" and starts a new page; without form feeds the text has no pages. */
function splitPages(text: string): { text: string; pageStarts: number[] } {
  if (!text.includes("\f")) return { text, pageStarts: [] };
  const pages = text.split("\f");
  const pageStarts: number[] = [];
  let out = "";
  pages.forEach((page, i) => {
    if (i > 0) out += "\n\n";
    // A final form feed terminates the last page (pdftotext writes one); it does not open an empty page.
    const trailingEmpty = i === pages.length - 1 && i > 0 && page.trim() === "";
    if (!trailingEmpty) pageStarts.push(out.length);
    out += page;
  });
  return { text: out, pageStarts };
}
