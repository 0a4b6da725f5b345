import { spansOf as spans, type Span } from "./personalNames.js";

/**
 * Identifiers that point at one person whatever the words around them: social media handles and profile
 * links, car registrations, and case or record numbers.
 */

/** The endings of web addresses and file names, which a dotted word may be without naming anyone. */
const NOT_HANDLE_END = new Set("com org net uk gov nhs io co pdf doc docx xls xlsx ppt pptx jpg png gif html htm txt csv zip".split(" "));
const NOT_HANDLE = new Set(["e.g", "i.e", "a.m", "p.m", "n.b", "etc"]);

/**
 * "@ayesha_k_2009", "instagram.com/jo.b", "t.me/stevo_leeds81", and a username written without its "@":
 * letters and digits joined by underscores, or by dots at least twice or ending in digits ("kayleigh_b_2010",
 * "chxrlie.rose.x"). A web address or a file name ("gov.uk", "plan.pdf") is not one.
 */
export function socialHandles(text: string): Span[] {
  const at = spans(text, /(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}\b/g);
  const links = spans(text, /\b(?:t\.me|(?:www\.)?(?:instagram|tiktok|facebook|twitter|x|snapchat|youtube)\.com)\/@?[\w.]+/gi);
  const bare = spans(text, /(?<![\w.@/])[a-z0-9]+(?:[._][a-z0-9]+)+\b/gi, (m) => {
    const handle = m[0].toLowerCase();
    const parts = handle.split(/[._]/);
    if (NOT_HANDLE.has(handle) || NOT_HANDLE_END.has(parts.at(-1)!) || /^\d+(?:\.\d+)*$/.test(handle)) return false;
    return handle.includes("_") || parts.length >= 3 || /\d$/.test(handle);
  });
  return [...at, ...links, ...bare];
}

/** A car's registration in the current format ("FD68 ZHM"): two letters, two digits, three letters. */
export function vehicleRegistrations(text: string): Span[] {
  return spans(text, /\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}\s?[A-HJ-PR-Z]{3}\b/g);
}

/** A case, hospital or record number: up to four capitals, then six or more digits ("RAE1234567", "K0923817"). */
export function referenceNumbers(text: string): Span[] {
  return spans(text, /\b[A-Z]{1,4}\d{6,}\b/g);
}
