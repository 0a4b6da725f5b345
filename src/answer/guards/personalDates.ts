import { spansOf, type Span } from "./personalNames.js";

/**
 * Dates in a question that are someone's: a date of birth, said as one or by the age it gives (a date that
 * makes someone 25 or younger, not one that dates a record), and, in a question that already names someone,
 * every date at all.
 */

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const ORD = "(?:st|nd|rd|th)?";
const DAY_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b|\\b(?:0?[1-9]|[12]\\d|3[01])\\/(?:0?[1-9]|1[0-2])\\b(?!\\/)`,
  "gi",
);
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g;
/** "the fourth of August 2005": a day of the month in words. */
const ORDINAL_WORDS =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|" +
  "seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first";
const WORD_DATES = [
  new RegExp(`\\b\\d{1,2}${ORD}\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}\\b`, "gi"),
  new RegExp(`\\b(?:the\\s+)?(?:${ORDINAL_WORDS})\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?(?:\\s+\\d{4})?\\b`, "gi"),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}${ORD},?\\s+\\d{4}\\b`, "gi"),
  new RegExp(`\\b\\d{1,2}[-/ ](?:${MONTHS})[-/ ]\\d{2,4}\\b`, "gi"),
  /\b\d{4}-\d{2}-\d{2}\b/g,
  // "DOB April 2011", "born Sept '12": a month and year, which a date of birth may give alone.
  new RegExp(`\\b(?:${MONTHS})\\.?,?\\s+(?:\\d{4}|['’]\\d{2})(?!\\d)`, "gi"),
];
const DOB_CUE = /\b(?:born|dob|d\.o\.b\.?|date of birth|birthday|birth date)(?![a-z])/i;
/** Words before a numeric date that mark it as a date about records, not a person. */
const RECORD_DATE_CUE =
  /\b(?:at|as of|since|until|till|between|from|before|after|by|during|published|dated|updated|issued|inspected|report(?:ed)?|ending|period)\s*(?:on\s+)?$/i;

export function datesOfBirth(text: string): Span[] {
  const nearCue = (start: number, end: number) =>
    DOB_CUE.test(text.slice(Math.max(0, start - 40), start)) || DOB_CUE.test(text.slice(end, end + 25));
  const numeric = spansOf(text, NUMERIC_DATE, (m) => {
    const [day, month, year] = [Number(m[1]), Number(m[2]), m[3]];
    if (day < 1 || day > 31 || month < 1 || month > 12) return false;
    if (nearCue(m.index, m.index + m[0].length)) return true;
    if (year.length !== 4) return false;
    const age = new Date().getFullYear() - Number(year);
    return age >= 0 && age <= 25 && !RECORD_DATE_CUE.test(text.slice(Math.max(0, m.index - 30), m.index));
  });
  const worded = [...WORD_DATES, DAY_MONTH].flatMap((re) => spansOf(text, re, (m) => nearCue(m.index, m.index + m[0].length)));
  // "born 2010": a year of birth alone still narrows a child down.
  const year = spansOf(text, /\b(?:(?<=(?:born|dob)\s+(?:in\s+)?)|b\.\s*)(?:19|20)\d{2}\b/gi);
  return [...numeric, ...worded, ...year];
}

/** Every date in the question, numeric or in words, with or without its year: in a question that names someone, a date can be theirs. */
export function fullDates(text: string): Span[] {
  const valid = (m: RegExpExecArray) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return [...spansOf(text, NUMERIC_DATE, valid), ...spansOf(text, DAY_MONTH), ...WORD_DATES.flatMap((re) => spansOf(text, re))];
}
