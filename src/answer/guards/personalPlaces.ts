import type { Span } from "./personalNames.js";

/**
 * Where someone lives or stays, as written in a question: a street address ("12 Acacia Avenue", "Flat 3, 40
 * Mill Lane") with its town and postcode, a named house or farm, a site or estate, a room in a hostel, or a
 * place described by what is there ("the flat above the bakery on Bridge Street").
 */

const STREET_TYPES =
  "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|terrace|" +
  "gardens|gdns|walk|mews|hill|row|square|sq|view|rise|parade|green|fold|croft|bank|gate|mount|vale|cottages|" +
  "yard|wharf|buildings|heights|park|side|villas|houses|mill|farm|garth|ings|edge|top|bottom|meadows?|fields?|common|wood|" +
  "cottage|farmhouse|barn|lodge|manor|grange";
export const CAP_WORD = "\\p{Lu}[\\p{L}'’-]*";
const POSTCODE = "(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?) ?\\d[ABD-HJLNP-UW-Z]{2}\\b";
const FLAT = "(?:(?:[Ff]lat|[Aa]partment|[Uu]nit|[Rr]oom)\\s+\\d+[a-zA-Z]?,?\\s+)?";
/** Lower-case street words only before a street type that is no everyday word ("went to court" is not one). */
const PLAIN_TYPES =
  "road|rd|street|st|avenue|ave|lane|crescent|grove|terrace|gardens|mews|way|close|drive|walk|court|place|row|view|rise|fold|croft|bank|square|green";
const NUMBERED = [
  new RegExp(`${FLAT}\\b\\d{1,4}[a-zA-Z]?,?\\s+(?:${CAP_WORD}\\s+){1,3}(?:${cap(STREET_TYPES)})\\b\\.?`, "gu"),
  new RegExp(`${FLAT}\\b\\d{1,4}[a-z]?,?\\s+(?:[\\p{Ll}'’-]+\\s+){1,2}(?:${PLAIN_TYPES})\\b`, "gu"),
];
const NAMED = new RegExp(`\\b(?:on|in|at|of|off|near|lives?|living)\\s+((?:${CAP_WORD}\\s+){1,3}(?:${cap(STREET_TYPES)}))\\b`, "gu");

function cap(alternatives: string): string {
  return alternatives
    .split("|")
    .map((w) => `${w[0].toUpperCase()}${w.slice(1)}`)
    .join("|");
}

/** "flat 3", "the house on Moor End", "number 12 on the estate": where someone lives, without a street word. */
/** Premises someone may live or stay at, or be found at, told by what they are. */
const PREMISES =
  "house|flat|home|place|caravan|bungalow|farm|site|camp|estate|(?:end\\s+)?terrace|hostel|refuge|guest\\s+house|hotel|b&b|" +
  "shop|takeaway|chippy|car\\s+wash|garage|pub|bakery|barbers?|salon|caf[eé]|flats|maisonette";
const NAMED_PREMISES =
  "Farm|Farmhouse|Cottage|Lodge|Barn|Manor|Grange|House|Rectory|Vicarage|Bungalow|Villa|" +
  "[Cc]hildren['’]s\\s+[Hh]ome|[Cc]are\\s+[Hh]ome|[Gg]uest\\s+[Hh]ouse|[Hh]ostel|[Rr]efuge|Hotel";

const DWELLING = [
  /\b(?:flat|apartment|apt|unit|house|room|plot|pitch)\s+\d{1,4}[a-zA-Z]?\b(?!\s*\d)/gi,
  // "flat 3, 17 Kirkgate": a flat's number, then the building's number and its street, whatever the street's name.
  new RegExp(`\\b(?:flat|apartment|apt|unit)\\s+\\d{1,4}[a-zA-Z]?,?\\s+\\d{1,4}[a-zA-Z]?\\s+(?:${CAP_WORD}\\s*){1,2}`, "giu"),
  // A place told by what is there: "the house on Beck Lane", "the hand car wash on Kirkstall Road", "the Salvation Army hostel on …".
  new RegExp(
    `\\b(?:(?:the|his|her|their|a|an|my|our)\\s+(?:(?:${CAP_WORD}|[\\p{Ll}-]+)\\s+){0,3}?|(?:${CAP_WORD}\\s+){1,3})?(?:${PREMISES})\\s+(?:on|at|in|by|near|off|behind|above|opposite)\\s+(?:the\\s+)?(?:${CAP_WORD}\\s*){1,3}`,
    "gu",
  ),
  // "the Dalton estate", "the Cooper site": where a family lives, named without a street.
  new RegExp(`\\b(?:the\\s+)?(?:${CAP_WORD}\\s+){1,3}(?:[Ee]state|[Ss]ite|[Cc]aravan\\s+[Ss]ite|[Cc]aravan\\s+[Pp]ark)\\b`, "gu"),
  // A house, farm or home known by its name: "Hollins Farm", "Northfield Children's Home", "Haworth House".
  new RegExp(`\\b(?:${CAP_WORD}\\s+){1,3}(?:${NAMED_PREMISES})\\b`, "gu"),
  // A room or pitch and where it is: "room 4 at the Crescent Guest House", "Pitch 7 at Cottingley Springs".
  new RegExp(`\\b(?:room|pitch|plot|bed)\\s+\\d{1,4}[a-zA-Z]?\\s+(?:at|in|on)\\s+(?:the\\s+)?(?:${CAP_WORD}\\s*){1,4}`, "giu"),
  // A house number, its house or street and town, and a postcode: "9 The Folly, Mirfield WF14 8JP".
  new RegExp(`\\b\\d{1,4}[a-zA-Z]?,?\\s+[^\\n,\\d]{2,30}?(?:,\\s*[^\\n,\\d]{2,30}?){0,2},?\\s+${POSTCODE}`, "gu"),
];

/**
 * The places after an address: its locality and town, then its postcode ("…, Hall Lane, Shelley", "…, Leeds LS12 5PQ").
 * A capitalised word that opens a sentence or a clause is not a place.
 */
const NOT_PLACE =
  "(?:Can|Could|Is|Are|Do|Does|What|How|Should|Will|Would|Please|Mum|Dad|She|He|They|The|A|I|We|My|Our|Her|His|Their|And|But|Or|So|Then)\\b";
/** A whole postcode, or its first half alone ("Batley WF17"). */
const POSTAL = `(?:${POSTCODE}|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?\\b)`;
/** A place's name in title case: "WF17" is a postcode, not a town. */
const PLACE_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
const LOCALITY = new RegExp(
  `^(?:\\s+(?:on|in|off)\\s+the\\s+${CAP_WORD}\\s+(?:estate|site))?` +
    `(?:\\s+with\\s+the\\s+[\\p{L}-]+\\s+[\\p{L}-]+)?(?:,?\\s+(?:above|behind|next\\s+to|opposite|near|by)\\s+the\\s+[\\p{L}'’-]+)?` +
    `(?:\\s+in(?=\\s+\\p{Lu}))?` +
    `(?:(?:,?\\s+[a-z]+){1,2},?\\s+${POSTAL.toLowerCase()}|` +
    `(?:,?\\s+(?!${NOT_PLACE})${PLACE_WORD}(?:\\s+(?!${NOT_PLACE})${PLACE_WORD}){0,2}){0,2}(?:,?\\s+${POSTAL})?)`,
  "u",
);

export function withLocality(text: string, s: Span): Span {
  const m = LOCALITY.exec(text.slice(s.end));
  return m ? { start: s.start, end: s.end + m[0].length } : s;
}

export function findStreetAddresses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of DWELLING.flatMap((re) => [...text.matchAll(re)])) out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  for (const m of NUMBERED.flatMap((re) => [...text.matchAll(re)])) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(NAMED)) {
    const start = m.index + m[0].indexOf(m[1]);
    // "the Co-op on Dewsbury Road", "near the mosque on Leeds Road", "his flat on Cross Flatts Grove": what is on the street.
    const before = WHAT_IS_ON.exec(text.slice(Math.max(0, start - 40), start));
    out.push({ start: start - (before?.[0].length ?? 0), end: start + m[1].length });
  }
  return out.map((s) => withLocality(text, s));
}

const WHAT_IS_ON = /(?:near\s+)?(?:the|his|her|their|a|an)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:on|off|at)\s+$/iu;
