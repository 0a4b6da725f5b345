import { isEnglishWord } from "./englishWords.js";
import { UK_PLACES } from "./ukPlaces.js";
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
  new RegExp(`${FLAT}\\b(?:\\d{1,3}\\/)?\\d{1,4}[a-zA-Z]?,?\\s+(?:${CAP_WORD}\\s+){1,3}(?:${cap(STREET_TYPES)})\\b\\.?`, "gu"),
  new RegExp(`${FLAT}\\b\\d{1,4}[a-z]?,?\\s+(?:[\\p{Ll}'’-]+\\s+){1,2}(?:${PLAIN_TYPES})\\b`, "gu"),
  // Said to be where someone lives, a number and a name need no street word: "they're at 9 Mount Pleasant".
  new RegExp(
    `(?<=\\b(?:lives?|living|stays?|staying|moved|moving|resides?|address\\s+is|(?:['’]re|are|is|was|were)(?:\\s+now)?(?:\\s+living)?)\\s+(?:at|to|in)\\s+(?:no\\.?\\s*|number\\s+)?)\\d{1,4}[a-zA-Z]?,?\\s+(?:the\\s+)?(?:${CAP_WORD}\\s+){0,2}${CAP_WORD}`,
    "gu",
  ),
];
const NAMED = new RegExp(
  `\\b(?:on|in|at|of|off|near|from|to|lives?|living)\\s+((?:['‘"“]?${CAP_WORD}['’"”]?,\\s+)?(?:${CAP_WORD}\\s+){1,3}(?:${cap(STREET_TYPES)}))\\b`,
  "gu",
);
/** "Leeds Family Court", "Bradford Crown Court": a court of law, not a street. */
const A_COURT = /\b(?:Family|Crown|Magistrates['’]?|County|Combined|Youth|Coroner['’]?s|High|Civil|Justice)\s+Court$/;
/** A street in lower case, known by a name that is no English word: "on otley road", "off harehills lane". */
const LOWER_NAMED =
  /\b(?:on|off|at|from|in)\s+((?:[a-z][a-z'’-]+\s+){1,2}(?:road|street|lane|avenue|drive|crescent|grove|terrace|close))\b/g;

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
  "shop|takeaway|chippy|car\\s+wash|garage|pub|bakery|barbers?|salon|caf[eé]|flats|maisonette|unit|lay-?by|scrapyard|yard|" +
  "tent|squat|bedsit|high[- ]rise|tower\\s+block|(?<=the\\s)one";
const NAMED_PREMISES =
  "Farm|Farmhouse|Cottage|Lodge|Barn|Manor|Grange|House|Rectory|Vicarage|Bungalow|Villa|" +
  "[Cc]hildren['’]?s\\s+[Hh]ome|[Cc]are\\s+[Hh]ome|[Gg]uest\\s+[Hh]ouse|[Hh]ostel|[Rr]efuge|Hotel|Inn|B&B|[Ss]upported\\s+[Ll]odgings|[Ll]odgings";

const DWELLING = [
  /\b(?:flat|apartment|apt|unit|house|room|plot|pitch)\s+\d{1,4}[a-zA-Z]?\b(?!\s*\d)|\b\d{1,2}(?:st|nd|rd|th)\s+floor\b/gi,
  /\b(?:\p{Lu}\p{Ll}+\s+){1,2}block\b/gu,
  // "Flat 22, Block C, Lincoln Green Court": a flat's number, its block, and the building or street it is in.
  new RegExp(
    `\\b(?:flat|apartment|apt|unit|room)\\s+\\d{1,4}[a-zA-Z]?,?\\s+(?:block\\s+[A-Z0-9]{1,2}\\b,?\\s*)?(?:(?:on\\s+the\\s+)?(?:${CAP_WORD}\\s+){1,3}(?:${cap(STREET_TYPES)}|estate)\\b)?`,
    "giu",
  ),
  // "the kids at number 11", "from no. 4": a house known by its number alone.
  /\b(?<=(?:at|from|to|in|outside)\s+)(?:number|no\.?)\s+\d{1,4}[a-z]?\b/gi,
  // "flat 3, 17 Kirkgate": a flat's number, then the building's number and its street, whatever the street's name.
  new RegExp(`\\b(?:flat|apartment|apt|unit|room)\\s+\\d{1,4}[a-zA-Z]?,?\\s+\\d{1,4}[a-zA-Z]?\\s+(?:${CAP_WORD}\\s*){1,2}`, "giu"),
  // A place told by what is there: "the house on Beck Lane", "the hand car wash on Kirkstall Road", "the Salvation Army hostel on …".
  new RegExp(
    `\\b(?:(?:the|his|her|their|a|an|my|our)\\s+(?:(?:${CAP_WORD}|[\\p{Ll}-]+)\\s+){0,3}?|(?:${CAP_WORD}\\s+){1,3})?(?:${PREMISES})\\s+(?:on|at|in|by|near|off|behind|above|opposite)\\s+(?:the\\s+)?(?:${CAP_WORD}\\s*){1,3}`,
    "gu",
  ),
  // "the Dalton estate", "the Cooper site": where a family lives, named without a street.
  new RegExp(`\\b(?:the\\s+)?(?:${CAP_WORD}\\s+){1,3}(?:[Ee]state|[Ss]ite|[Cc]aravan\\s+[Ss]ite|[Cc]aravan\\s+[Pp]ark)\\b`, "gu"),
  // "on beech hill estate": an estate typed in lower case, by its name.
  /(?<=\b(?:on|at|in|from|off)\s+(?:the\s+)?)(?!(?:council|housing|local|same|new|old|big|this|that|our|their|his|her|industrial|retail|trading|whole|private|an?|the)\s)(?:[a-z][a-z'’-]+\s+){1,2}estate\b/g,
  // A house, farm or home known by its name: "Hollins Farm", "Northfield Children's Home", "Haworth House".
  new RegExp(`\\b(?:${CAP_WORD}\\s+){1,3}(?:${NAMED_PREMISES})\\b`, "gu"),
  // A room or pitch and where it is: "room 4 at the Crescent Guest House", "Pitch 7 at Cottingley Springs".
  new RegExp(`\\b(?:room|pitch|plot|bed)\\s+\\d{1,4}[a-zA-Z]?\\s+(?:at|in|on)\\s+(?:the\\s+)?(?:${CAP_WORD}\\s*){1,4}`, "giu"),
  // Where someone lives or stays, by its name: "staying at YMCA Bradford", "living at the Foyer".
  new RegExp(
    `(?<=\\b(?:liv(?:e|es|ing)|stay(?:s|ing)?|placed|sleeping|moved|housed|currently|temporarily|put\\s+up|accom(?:modation)?|tenant)\\s+(?:at|in|into)\\s+)(?:the\\s+)?(?:${CAP_WORD}\\s*){1,4}(?:(?:supported\\s+)?lodgings|children['’]?s\\s+home|hostel|refuge|b&b|hotel|flats|house)?`,
    "gu",
  ),
  // A house number, its house or street and town, and a postcode: "9 The Folly, Mirfield WF14 8JP".
  new RegExp(`\\b\\d{1,4}[a-zA-Z]?,?\\s+[^\\n,\\d]{2,30}?(?:,\\s*[^\\n,\\d]{2,30}?){0,2},?\\s+${POSTCODE}`, "gu"),
];

/**
 * The places after an address: its locality and town, then its postcode ("…, Hall Lane, Shelley", "…, Leeds LS12 5PQ").
 * A capitalised word that opens a sentence or a clause is not a place.
 */
const NOT_PLACE =
  "(?:Can|Could|Is|Are|Do|Does|What|How|Should|Will|Would|Please|Mum|Dad|She|He|They|The|A|I|We|My|Our|Her|His|Their|And|But|Or|So|Then)\\b";
/** A whole postcode, or its first half alone ("Batley WF17") or with its sector ("Leeds LS13 2"). */
const POSTAL = `(?:${POSTCODE}|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?\\b(?:\\s\\d\\b(?![/.:]\\d))?)`;
/** A place's name in title case: "WF17" is a postcode, not a town. */
const PLACE_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
const LOCALITY = new RegExp(
  `^(?:\\s+(?:on|in|off)\\s+the\\s+${CAP_WORD}\\s+(?:estate|site))?` +
    `(?:\\s+with\\s+the\\s+[\\p{L}-]+\\s+[\\p{L}-]+)?(?:,?\\s+(?:above|behind|next\\s+to|opposite|near|by)\\s+the\\s+[\\p{L}'’-]+)?` +
    `(?:\\s+in(?=\\s+\\p{Lu}))?` +
    `(?:(?:,?\\s+[a-z]+){1,2},?\\s+(?:${POSTAL}|${POSTAL.toLowerCase()})|` +
    `(?:,?\\s+(?!${NOT_PLACE})${PLACE_WORD}(?:\\s+(?!${NOT_PLACE})${PLACE_WORD}){0,2}){0,2}(?:,?\\s+${POSTAL})?)`,
  "u",
);

/** A town typed in lower case after a comma: "st mary's catholic primary, batley". */
const LOWER_TOWN = [/^,?\s*[a-z]+\s+[a-z]+\b/, /^,?\s*[a-z]+\b/];

export function withLocality(text: string, s: Span): Span {
  const m = LOCALITY.exec(text.slice(s.end));
  const end = s.end + (m?.[0].length ?? 0);
  const town = LOWER_TOWN.map((re) => re.exec(text.slice(end))?.[0]).find((t) => t && UK_PLACES.has(t.replace(/^,?\s*/, "")));
  return { start: s.start, end: end + (town?.length ?? 0) };
}

/**
 * What a place is next to, when that names somewhere: "… near the Penny Hill shopping centre", "… behind the big
 * Asda", "… off the A629 near Elland", "… on the edge of Batley". The rest of the clause goes with the place when it
 * holds a capitalised word or a number (a road, a junction); "the house near the school" names nowhere.
 */
const LANDMARK = new RegExp(
  `^,?\\s*(?:(?:just|right|somewhere)\\s+)?(?:near|behind|by|opposite|next\\s+to|off|above|below|beside|round\\s+the\\s+corner\\s+from|` +
    `(?:at|on|round|around)\\s+the\\s+(?:back|edge|end|corner|top|bottom|outskirts|side)\\s+of|in(?=\\s+(?:the\\s+)?\\p{Lu}))\\s+` +
    `([^,.;:!?()\\n]{1,60}?)(?=\\s*(?:[,.;:!?()\\n]|$|\\s(?:and|with|who|where|but|which|that|so|because|is|are|was|were|has|have|had|says?|said)\\b))`,
  "u",
);
const NAMES_SOMEWHERE = /(?:^|\s)(?:\p{Lu}[\p{L}'’-]*(?<!^I)|[A-Z]?\d+[a-z]?)(?=\s|$)/u;

export function withLandmark(text: string, s: Span): Span {
  const m = LANDMARK.exec(text.slice(s.end));
  return m && NAMES_SOMEWHERE.test(m[1]) ? withLandmark(text, { start: s.start, end: s.end + m[0].length }) : s;
}

export function findStreetAddresses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of DWELLING.flatMap((re) => [...text.matchAll(re)])) out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  // A dwelling whose only mark is what it is next to: "a house near the Penny Hill shopping centre".
  for (const m of text.matchAll(PLACE_TOLD_BY_LANDMARK)) {
    const s = { start: m.index, end: m.index + m[0].length };
    const grown = withLandmark(text, s);
    if (grown.end > s.end) out.push(grown);
  }
  // "he lives near the big Tesco in Dewsbury": where someone lives, told only by what is near it.
  for (const m of text.matchAll(LIVES)) {
    const at = m.index + m[0].length;
    const grown = withLandmark(text, { start: at, end: at });
    const lead = /^\s*/.exec(text.slice(at))![0].length;
    if (grown.end > at && !/^\s*in\s/.test(text.slice(at))) out.push({ start: at + lead, end: grown.end });
  }
  for (const m of NUMBERED.flatMap((re) => [...text.matchAll(re)])) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(LOWER_NAMED)) {
    if (
      m[1]
        .split(/\s+/)
        .slice(0, -1)
        .some((w) => !isEnglishWord(w))
    )
      out.push({ start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NAMED)) {
    if (A_COURT.test(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    // "the Co-op on Dewsbury Road", "near the mosque on Leeds Road", "his flat on Cross Flatts Grove": what is on the street.
    const before = WHAT_IS_ON.exec(text.slice(Math.max(0, start - 40), start));
    out.push({ start: start - (before?.[0].length ?? 0), end: start + m[1].length });
  }
  return out.map((s) => withTheBefore(text, withLandmark(text, withLocality(text, s))));
}

/** "the Crescent Guest House": the article goes with the place's name. */
function withTheBefore(text: string, s: Span): Span {
  const before = /\bthe\s+$/i.exec(text.slice(Math.max(0, s.start - 8), s.start));
  return before && /^\p{Lu}/u.test(text.slice(s.start)) ? { start: s.start - before[0].length, end: s.end } : s;
}

const LIVES = /\b(?:lives?|living|stays?|staying|sleeps?|sleeping)\b/gi;
const PLACE_TOLD_BY_LANDMARK = new RegExp(`\\b(?:the|his|her|their|a|an|my|our)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${PREMISES})\\b`, "giu");

const WHAT_IS_ON = /(?:\bnear\s+)?\b(?:the|his|her|their|a|an)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:on|off|at)\s+$/iu;
