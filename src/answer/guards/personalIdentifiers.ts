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
  // A gamer tag: a name and its four-digit discriminator ("shadowfox#4471").
  const tags = spans(text, /(?<![\w#])[A-Za-z][\w.]{2,31}#\d{4}\b/g);
  // Named as one: "his gamer tag is xXShadowKnight07Xx", "snapchat: lilbaby_k".
  const named = [...text.matchAll(NAMED_HANDLE)]
    .filter((m) => /\d|_|\.|\p{Ll}\p{Lu}/u.test(m[1]))
    .map((m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length }));
  return [...at, ...links, ...bare, ...tags, ...named];
}

const NAMED_HANDLE =
  /\b(?:gamer\s?tag|user\s?name|handle|discord|psn|xbox|steam|snap(?:chat)?|insta(?:gram)?|tiktok|roblox|fortnite)(?:\s+(?:gamer\s?tag|user\s?name|name|id|tag))?\s*(?:is|:|=|-)?\s*@?([A-Za-z0-9][\w.#-]{2,31})(?<![.-])/giu;

/**
 * A car's registration in the current format ("FD68 ZHM"): two letters, two digits, three letters; and part of
 * one ("plate ends WTV", "reg starting YF").
 */
export function vehicleRegistrations(text: string): Span[] {
  const whole = spans(text, /\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}\s?[A-HJ-PR-Z]{3}\b/g);
  // The part of a plate is written in capitals or holds a digit: "the car start and …" names no plate.
  const part = spans(
    text,
    /\b(?:(?:first|last)\s+(?:bit|part|half|letters|digits)\s+of\s+(?:the\s+)?(?:reg|plate)|(?:plate|reg(?:istration)?|car|van|motor|bike)\s+(?:ends?|ending|starts?|starting|begins?|beginning))(?:\s+(?:in|with))?\s+['"‘“]?[A-Z0-9]{2,4}\b|\bpart\s+of\s+(?:the|a|his|her|their)\s+(?:plate|reg(?:istration)?)\s*(?:[-:–—]|was|is)?\s*['"‘“]?[A-Z0-9]{2,4}\b|\bpartial\s+(?:plate|reg(?:istration)?)\s*:?\s*['"‘“]?[A-Z0-9]{2,4}(?:\s?[A-Z0-9]{1,3})?\b/gi,
    (m) => /\d|^['"‘“]?[A-Z]{2,4}$/.test(m[0].split(/\s+/).at(-1)!),
  );
  return [...whole, ...part];
}

/** What names a record's number: "case ref", "hospital no.", "client number", "crime ref". */
const REFERENCE_CUE =
  "(?:case|client|patient|hospital|record|file|crime|incident|log|CP|LCS|mosaic|cpoms|myconcern|police|prisoner|fostering|pupil|student|admission|UPN|ULN|ID|PNC|NOMIS|CRO|ref(?:erence)?)";

/** A year or a span of years ("2022/23", "2019-2024") is a period, not a record. */
const YEARS = /^(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?$/;

/**
 * A case, hospital or record number: up to four capitals, then six or more digits ("RAE1234567", "RAE 1234567"),
 * capitals and digits in dashed groups ("CS-2024-08817", "LGI-0098812"), or any number of five or more digits
 * named as a reference ("client ref 5523901", "crime no. 13/45678/24").
 */
export function referenceNumbers(text: string): Span[] {
  const lettered = spans(text, /\b[A-Z]{1,4} ?\d{6,}\b/g);
  const dashed = spans(text, /\b[A-Z]{1,5}(?:[-/][A-Z]{1,5})*(?:[-/]\d+){1,3}\b/g, (m) => m[0].replace(/\D/g, "").length >= 4);
  // A prisoner's number ("A1234BC") and an officer's collar number ("PC 4471").
  const prisoner = spans(text, /\b[A-Z]\d{4}[A-Z]{2}\b/g);
  const collar = spans(text, /\b(?:PC|PS|DC|DS|PCSO)\s?\d{3,5}\b/gi);
  // An IP address points at one household's connection; a police log is numbered within its day ("log 0412 of 03/05").
  const ip = spans(text, /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]*\d)/g);
  const log = spans(
    text,
    /\blog\s*(?:no\.?|number|#)?\s*\d{1,5}\s+of\s+(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+)/giu,
  );
  const named = [
    ...text.matchAll(
      new RegExp(
        `\\b${REFERENCE_CUE}\\s*(?:no\\.?|num(?:ber)?|ref(?:erence)?|#)?[:.]?\\s*([A-Z]{0,4}[-/ ]?\\d(?:[\\d/-]| (?=\\d)){2,}\\d[A-Z]{0,2})\\b`,
        "gi",
      ),
    ),
  ]
    .filter((m) => !YEARS.test(m[1]) && m[1] === m[1].toUpperCase())
    .map((m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length }));
  return [...lettered, ...dashed, ...prisoner, ...collar, ...ip, ...log, ...named];
}
