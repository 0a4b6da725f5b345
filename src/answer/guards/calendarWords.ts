/**
 * Days and months as people write them, whole or shortened ("Sat", "Weds", "Sept", "apr-aug"): never anyone's
 * personal data, though some are people's names too ("Jan", "June", "April").
 */
const DAYS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun".split(" "),
);
const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);
const ALSO_NAMES = new Set("jan jun april may june july august".split(" "));

/** `exceptNames`: not the days and months that are people's names too, for a capitalised word that may be one. */
export function isCalendarWord(word: string, { exceptNames = false } = {}): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  const calendar = MONTHS.has(w) || DAYS.has(w) || (w.endsWith("s") && DAYS.has(w.slice(0, -1)));
  return calendar && !(exceptNames && ALSO_NAMES.has(w));
}
