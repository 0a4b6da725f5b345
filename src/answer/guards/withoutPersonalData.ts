import { findPersonalData, type PersonalDataOptions } from "./personalData.js";

/**
 * The question as it is searched and answered: personal data taken out, not replaced. Placeholders
 * would be searched as words ("[name] born [date of birth]" finds "new born babies"), so each span goes,
 * with the words that only introduced it ("born", "aged", "lives at", "NHS number").
 */

const CUE_BEFORE = new RegExp(
  "(?:\\b(?:born(?:\\s+on)?|dob|d\\.o\\.b\\.?|date\\s+of\\s+birth(?:\\s+is)?|birthday(?:\\s+is)?|aged?|who\\s+is|is\\s+aged|" +
    "lives?\\s+(?:at|on|in)|living\\s+(?:at|on|in)|address(?:\\s+is)?|of|at|on|attends|attending|goes\\s+to|" +
    "nhs\\s+(?:number|no\\.?)(?:\\s+is)?|ni\\s+(?:number|no\\.?)(?:\\s+is)?|national\\s+insurance(?:\\s+number)?(?:\\s+is)?|" +
    "(?:phone|mobile|tel\\.?|telephone)(?:\\s+(?:number|no\\.?))?(?:\\s+is)?|e-?mail(?:\\s+address)?(?:\\s+is)?|" +
    "postcode(?:\\s+is)?|called|named|name\\s+is)\\s*[:,]?\\s*)$",
  "i",
);

export function withoutPersonalData(text: string, options: PersonalDataOptions = {}, found?: ReturnType<typeof findPersonalData>): string {
  const findings = found ?? findPersonalData(text, options);
  if (!findings.length) return text;
  let out = "";
  let last = 0;
  for (const f of findings) {
    let kept = text.slice(last, f.start);
    // A cue may be stacked ("born on", "lives at"): strip until none is left.
    for (let before = ""; before !== kept;) {
      before = kept;
      kept = kept.replace(CUE_BEFORE, "");
    }
    out += `${kept} `;
    // "Priya Patel's mum" loses the name and its possessive, leaving "mum".
    last = f.end + (/^['’]s\b/.exec(text.slice(f.end))?.[0].length ?? 0);
  }
  return tidy(out + text.slice(last));
}

function tidy(text: string): string {
  return text
    .replace(/\(\s*\)/g, " ")
    .replace(/\s+([,.;:?!)])/g, "$1")
    .replace(/([,;:(])(?:\s*[,;:])+/g, "$1")
    .replace(/^[\s,;:.'’]+/, "")
    .replace(/\s+/g, " ")
    .trim();
}
