import { agesAfterNames, agesWithPersonalData } from "./personalAges.js";
import { datesOfBirth, fullDates } from "./personalDates.js";
import { findNames, type NameOptions, type Span } from "./personalNames.js";
import { referenceNumbers, socialHandles, vehicleRegistrations } from "./personalIdentifiers.js";
import { findStreetAddresses } from "./personalPlaces.js";
import { findSchoolsWithChild } from "./personalSchools.js";
import { namesJoinedTo, namesListedBetween } from "./coordinatedNames.js";

/**
 * Personal data in a question (DESIGN.md, "Rules of the domain"): found so the asker can be told, and
 * redacted before any external model call or log line. Errs towards flagging identifiers (NHS, NI,
 * phone, email, postcode) and away from flagging the dates and names that ordinary questions about
 * documents contain ("the 2016 inspection", "Working Together (2023)"); names the indexed documents
 * use (their authors, the officials they name) are not personal data (`NameOptions`).
 */

export type PersonalDataKind =
  | "nhs-number"
  | "ni-number"
  | "date-of-birth"
  | "phone"
  | "email"
  | "postcode"
  | "name-with-age"
  | "name"
  | "age"
  | "street-address"
  | "school"
  | "handle"
  | "vehicle"
  | "reference";

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** Replacements carry no digits, so no part of a redacted number survives. */
const PLACEHOLDERS: Record<PersonalDataKind, string> = {
  "nhs-number": "[NHS number]",
  "ni-number": "[NI number]",
  "date-of-birth": "[date of birth]",
  phone: "[phone number]",
  email: "[email address]",
  postcode: "[postcode]",
  "name-with-age": "[name]",
  name: "[name]",
  age: "[age]",
  "street-address": "[address]",
  school: "[school]",
  handle: "[handle]",
  vehicle: "[vehicle registration]",
  reference: "[reference number]",
};

/** When two findings overlap, the merged span takes the kind that comes first here. */
const PRIORITY: PersonalDataKind[] = [
  "nhs-number",
  "ni-number",
  "email",
  "handle",
  "vehicle",
  "reference",
  "date-of-birth",
  "phone",
  "postcode",
  "street-address",
  "school",
  "age",
  "name-with-age",
  "name",
];

export type PersonalDataOptions = NameOptions;

export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  // Records typed in capitals ("19 MILL FOLD, OSSETT", "MR AND MRS KOWALSKI") are read as if written in title case.
  const titled = titleCaseShouting(text);
  // The name finder parses the question (the guard's costliest step): a second time only when capitals were recased.
  const shouted = titled === text ? [] : findNames(titled, options);
  const found = [...findNames(text, options), ...shouted, ...namesWithAge(text), ...titledNames(titled)];
  const names = [...found, ...namesJoinedTo(text, found, options), ...namesListedBetween(text, found)];
  const as = (kind: PersonalDataKind) => (s: { start: number; end: number }) => ({ kind, ...s });
  const findings = [
    ...names.map(as("name")),
    ...agesAfterNames(text, names).map(as("age")),
    ...findStreetAddresses(titled).map(as("street-address")),
    ...findSchoolsWithChild(titled, (name) => options.isDocumentName?.(name) ?? false).map(as("school")),
    ...nhsNumbers(text),
    ...niNumbers(text),
    ...emails(text),
    ...socialHandles(text).map(as("handle")),
    ...vehicleRegistrations(text).map(as("vehicle")),
    ...referenceNumbers(text).map(as("reference")),
    ...datesOfBirth(text).map(as("date-of-birth")),
    ...phones(text),
    ...postcodes(text),
  ];
  // Once a question names someone, its ages and full dates are theirs too.
  const context = findings.length ? [...agesWithPersonalData(text).map(as("age")), ...fullDates(text).map(as("date-of-birth"))] : [];
  return mergeOverlaps(joinAdjacentPlaces(text, [...findings, ...context]));
}

const PLACES: PersonalDataKind[] = ["street-address", "school", "postcode"];
/**
 * Only a space, a comma or "on", "in", "at" between: "Little Acorns Day Nursery on Bradford Road, Keighley", "the
 * Westgate Hotel room 31", "Room 3, the Kings Head Guest House" and "the Ravensthorpe estate, somewhere on Calder
 * Road" are each one place.
 */
const BETWEEN_PLACES = /^\s*,?\s*(?:(?:somewhere|just|right)\s+)?(?:(?:on|in|at|off|near)\s+)?(?:the\s+)?$/;

function joinAdjacentPlaces(text: string, found: PersonalDataFinding[]): PersonalDataFinding[] {
  const places = found.filter((f) => PLACES.includes(f.kind)).sort((a, b) => a.start - b.start);
  const bridges = places.slice(1).flatMap((next, i) => {
    const prev = places[i];
    return next.start > prev.end && BETWEEN_PLACES.test(text.slice(prev.end, next.start))
      ? [{ kind: prev.kind, start: prev.end, end: next.start }]
      : [];
  });
  return [...found, ...bridges];
}

/** Runs of two or more words in capitals, as title case: the same length, so spans found in it hold for the text. */
function titleCaseShouting(text: string): string {
  // A run of short capitals only is acronyms, a team and a rank ("PPU DS", "CE DC"), not a record typed in capitals.
  return text.replace(/\b\p{Lu}{2,}(?:[\s,&'’-]+\p{Lu}{2,})+\b/gu, (run) =>
    /\p{Lu}{4}/u.test(run) ? run.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()) : run,
  );
}

/** "Mr and Mrs Gonçalves", "Dr Okafor": a title and the name it goes with. */
const TITLED =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:(?:and|&)\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:(?:van|von|der|den|de|da|di|du|la|le|al|el|bin|ibn)[\s-]+){0,3}\p{Lu}[\p{L}'’-]+/gu;

function titledNames(text: string): Span[] {
  return [...text.matchAll(TITLED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function redactPersonalData(text: string, options: PersonalDataOptions = {}): { text: string; kinds: string[] } {
  const findings = findPersonalData(text, options);
  let out = "";
  let last = 0;
  for (const f of findings) {
    out += text.slice(last, f.start) + PLACEHOLDERS[f.kind];
    last = f.end;
  }
  const kinds = [...new Set(findings.map((f) => f.kind))];
  return { text: out + text.slice(last), kinds };
}

/** True when a 10-digit string passes the NHS mod-11 check. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function matches(text: string, pattern: RegExp, kind: PersonalDataKind, keep = (_m: RegExpMatchArray) => true) {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(pattern)) {
    if (keep(m)) out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const NHS_CUE = /\bnhs\b[^\d]{0,20}$/i;

/**
 * Ten digits that pass the NHS check, or that are written as the NHS writes them (3-3-4, spaced or dashed)
 * or named as one: a mistyped NHS number still points at one child.
 */
function nhsNumbers(text: string) {
  return matches(
    text,
    /(?<![\d-])\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])/g,
    "nhs-number",
    (m) =>
      isValidNhsNumber(m[0].replace(/\D/g, "")) ||
      (m[1] !== "" && !m[0].startsWith("0")) ||
      NHS_CUE.test(text.slice(Math.max(0, m.index! - 30), m.index)),
  );
}

// Any two letters: a prefix HMRC never issues ("QQ", its specimen) is still typed as someone's number. The
// final letter is A to D, or F or M in a temporary reference ("TN 31 12 58 F": date of birth and sex).
const NI_PATTERN = /\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-DFM])?\b/gi;

function niNumbers(text: string) {
  return matches(text, NI_PATTERN, "ni-number", (m) => {
    // Lower-case letters only in the unspaced form: "on 12 34 56 a" is not an NI number.
    return m[0] === m[0].toUpperCase() || !m[0].includes(" ");
  });
}

function emails(text: string) {
  return matches(text, /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, "email");
}

// After the leading 0 (or +44), 9 or 10 digits with at most a space, dash or bracket between them.
const PHONE = /(?<![\w+])(?:(?:\+|00)44[ -]?(?:\(0\)[ -]?)?|\(0|0)(?:[ -]?\)?[ -]?\d){9,10}(?!\d)/g;

/** A number abroad ("+92 300 1234567", "0048 601 234 567"): a country code other than the UK's, then 7 to 12 digits. */
const INTERNATIONAL_PHONE = /(?<![\w+])(?:\+|00)(?!44)\d{1,3}(?:[ -]?\d){7,12}(?!\d)/g;

function phones(text: string) {
  return [...matches(text, INTERNATIONAL_PHONE, "phone"), ...ukPhones(text)];
}

function ukPhones(text: string) {
  return matches(text, PHONE, "phone", (m) => {
    const digits = m[0].replace(/\D/g, "");
    const national = m[0].startsWith("+") ? digits.slice(2).replace(/^0/, "") : m[0].startsWith("0044") ? digits.slice(4) : digits.slice(1);
    // A person's number is geographic (01, 02) or mobile (07); 03 and 08 numbers are organisations' lines
    // (a helpline such as the NSPCC's 0808 800 5000), which a question may quote.
    return /^[127]/.test(national);
  });
}

const POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b/gi;

function postcodes(text: string) {
  const whole = matches(text, POSTCODE, "postcode", (m) => {
    const upper = m[0] === m[0].toUpperCase();
    // Lower-case "y9 2nd" or "ks2 1st" reads as an ordinal, not a postcode.
    return upper || !/\d(st|nd|rd|th)$/i.test(m[0]);
  });
  return [...whole, ...matches(text, POSTCODE_DISTRICT, "postcode")];
}

/** Two-letter postcode areas: "WF13" alone says where someone lives when the question says so ("lives WF13 somewhere"). */
const POSTCODE_AREAS =
  "AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|FK|FY|GL|GU|HA|HD|HG|HP|HR|HU|HX|" +
  "IG|IP|IV|KA|KT|KW|KY|LD|LE|LL|LN|LS|LU|ME|MK|ML|NE|NG|NN|NP|NR|NW|OL|OX|PA|PH|PL|PO|PR|RG|RH|RM|SA|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SY|" +
  "TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE";
const POSTCODE_DISTRICT = new RegExp(
  `(?<=\\b(?:lives?|living|stays?|staying|moved|address|postcode|from|in|at|near|around)\\s+(?:in\\s+|at\\s+|round\\s+)?)(?:${POSTCODE_AREAS})\\d{1,2}[A-Z]?\\b(?!\\s?\\d[A-Z]{2})`,
  "g",
);

// Jane, O'Brien, McDonald, Mary-Jane.
const NAME_PART = "\\p{Lu}(?:\\p{Ll}+|['’]\\p{Lu}\\p{Ll}+)(?:\\p{Lu}\\p{Ll}+)?";
const NAME_WORD = `${NAME_PART}(?:-${NAME_PART})?`;
const AGE_AFTER =
  "(?:,?\\s+[Aa]ged?\\s+\\d{1,2}\\b|\\s*\\(\\d{1,2}\\)|,\\s*\\d{1,2}\\s*,|,?\\s+(?:an?\\s+)?\\d{1,2}[- ]?(?:years?|yrs?)[- ]old\\b|,?\\s+(?:who\\s+)?is\\s+(?:aged\\s+)?\\d{1,2}\\b(?![.,]\\d|\\s*(?:%|per|hours?|days?|weeks?|months?)))";
// NAME_THEN_AGE has no "i" flag (with it, \p{Lu} would match lower case), so keywords spell out their cases.
const DOB_AFTER = "(?:,?\\s*\\(?\\s*(?:[Bb]orn|DOB|[Dd]ob|[Dd]\\.[Oo]\\.[Bb]\\.?|[Dd]ate of birth)\\b)";
const NAME_THEN_AGE = new RegExp(`(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?=${AGE_AFTER}|${DOB_AFTER})`, "gu");
/** Capitalised words that start sentences or name things, never a child. */
const NOT_NAMES = new Set(
  (
    "a an the this that these those my our your his her their what how when where which who why is are does do " +
    "can could should would will if and or but for of in on at to from with about children child boys boy girls " +
    "girl pupils pupil students student young people person persons kids kid babies baby teenagers teenager " +
    "siblings sibling sisters sister brothers brother mother father mum dad parents parent carers carer year " +
    "years age aged under over anyone someone everyone section part paragraph schedule article chapter appendix " +
    "annex step stage key level tier figure table page rule regulation standard principle point question act " +
    "working together ofsted police school schools service team unit report plan cin cp lac looked after"
  ).split(" "),
);

function namesWithAge(text: string) {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(NAME_THEN_AGE)) {
    const words = m[1].split(/\s+/);
    let start = m.index;
    while (words.length && NOT_NAMES.has(words[0].toLowerCase())) start += words.shift()!.length + 1;
    if (!words.length || words.some((w) => NOT_NAMES.has(w.toLowerCase()))) continue;
    while (/\s/.test(text[start])) start++;
    out.push({ kind: "name-with-age", start, end: m.index + m[1].length });
  }
  return out;
}

/** Overlapping findings become one; a finding inside another is part of it ("113 222 4444" of a phone number). */
function mergeOverlaps(found: PersonalDataFinding[]): PersonalDataFinding[] {
  const rank = (k: PersonalDataKind) => PRIORITY.indexOf(k);
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDataFinding[] = [];
  for (const f of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && f.start < prev.end) {
      const inside = f.end <= prev.end && f.end - f.start < prev.end - prev.start;
      prev.end = Math.max(prev.end, f.end);
      if (!inside && rank(f.kind) < rank(prev.kind)) prev.kind = f.kind;
    } else merged.push({ ...f });
  }
  return merged;
}
