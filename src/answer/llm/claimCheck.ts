import { STOPWORDS, termsOf, words } from "../../index/terms.js";
import { foldForMatch } from "../../corpus/verbatim.js";
import { findPersonalData } from "../guards/personalData.js";
import { findNames, type NameOptions } from "../guards/personalNames.js";

/**
 * Checks on every word a language model writes (DESIGN.md, "Rules of the domain"): a claim must be
 * supported by its verified quote, and the answer as a whole must hold no contact detail, link or name
 * that its quotes do not, must never advise against referring or reporting, and must not echo the
 * instructions it was given. Each check says what failed, never the text that failed it.
 */

/** Words a faithful paraphrase adds around what it reports. */
const REPORTING = new Set(
  (
    "according guidance document documents passage passages report reports states stated state says notes noted " +
    "explains explained describes described sets set out outlines outlined found finds find findings recommends " +
    "recommended recommendation should must also however therefore which whose where"
  ).split(" "),
);

/** The claim's words that carry content: not stopwords, not the words of reporting. */
function contentWords(text: string): string[] {
  return words(text).filter((w) => {
    const lower = w.toLowerCase();
    return !STOPWORDS.has(lower) && !REPORTING.has(lower) && termsOf(w).length > 0;
  });
}

function termSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) for (const t of termsOf(w)) out.add(t);
  return out;
}

/**
 * Words of the claim that neither its quote nor the question nor the passage's title and date hold, as
 * written or by stem. Numbers must match as written ("24" is not "48").
 */
export function unsupportedWords(claim: string, quote: string, context: string): string[] {
  const known = termSet(`${quote} ${context}`);
  return contentWords(claim).filter((w) => {
    const [exact, stem] = termsOf(w);
    if (/\d/.test(w)) return !known.has(exact);
    return !known.has(exact) && !(stem && known.has(stem));
  });
}

const URL =
  /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|uk|gov|io|info|biz|co|me|app|example|xyz|ly)\b(?:\/\S*)?/i;

/** A link, phone number, email or person's name in the answer that no verified quote holds. */
export function unsupportedDetails(answer: string, quotes: string[], names: NameOptions): string[] {
  const quoted = foldForMatch(quotes.join(" \n ")).toLowerCase();
  const quotedDigits = quoted.replace(/\D/g, "");
  const problems: string[] = [];
  for (const m of answer.matchAll(new RegExp(URL.source, "gi"))) {
    if (!quoted.includes(m[0].toLowerCase().replace(/[.,;:)]+$/, ""))) problems.push("a link");
  }
  for (const f of findPersonalData(answer)) {
    const s = answer.slice(f.start, f.end);
    if (f.kind === "phone" && !quotedDigits.includes(s.replace(/\D/g, ""))) problems.push("a phone number");
    if (f.kind === "email" && !quoted.includes(s.toLowerCase())) problems.push("an email address");
  }
  for (const n of findNames(answer, { isCorpusWord: names.isCorpusWord })) {
    if (!quoted.includes(foldForMatch(answer.slice(n.start, n.end)).toLowerCase())) problems.push("a name");
  }
  return [...new Set(problems)];
}

const NEGATION =
  "(?:do not|don't|dont|does not|doesn't|need not|needn't|no need to|not need to|not necessary to|not required to|should not|shouldn't|must not|mustn't|never|avoid|there is no need to|without)";
const SERVICES =
  "(?:police|999|101|social care|social services|children'?s services|social work(?:er|ers)?|mash|front door|duty|lado|safeguarding (?:team|lead|hub)|the local authority)";
const ADVICE_AGAINST = [
  new RegExp(`\\b${NEGATION}\\b[^.!?]{0,30}\\b(?:refer|report|raise a concern|make a referral|escalate)`, "i"),
  new RegExp(
    `\\b${NEGATION}\\b[^.!?]{0,40}\\b(?:contact|call|ring|phone|tell|inform|notify|involve|alert)\\b[^.!?]{0,30}\\b${SERVICES}`,
    "i",
  ),
  /\b(?:no|not a) (?:need|requirement|obligation) (?:for|to) (?:a |an )?(?:referral|report|refer|contact)/i,
  /\b(?:referral|reporting|a report) (?:is|are) (?:not|un)(?: )?(?:needed|necessary|required)/i,
];

/** Advice not to refer, report, or contact the police or children's social care. */
export function advisesAgainstReferral(answer: string): boolean {
  const text = foldForMatch(answer);
  return ADVICE_AGAINST.some((re) => re.test(text));
}

const PROMPT_MARKERS = /<\/?(?:passages?|question|conversation|turn)\b|passage_id|system prompt|my instructions|\bRules:\s*1\./i;
const ECHO_WORDS = 6;

/** True when the answer repeats the instructions: their markup, or any run of six of their words. */
export function echoesInstructions(answer: string, instructions: string[]): boolean {
  if (PROMPT_MARKERS.test(answer)) return true;
  const grams = (text: string) => {
    const w =
      foldForMatch(text)
        .toLowerCase()
        .match(/[a-z0-9']+/g) ?? [];
    return w.slice(0, Math.max(0, w.length - ECHO_WORDS + 1)).map((_, i) => w.slice(i, i + ECHO_WORDS).join(" "));
  };
  const own = new Set(instructions.flatMap(grams));
  return grams(answer).some((g) => own.has(g));
}
