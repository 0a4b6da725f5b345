import { sentenceSpans } from "./sentences.js";
import type { CorpusDocument } from "./types.js";

/**
 * Sentences in a document that instruct its reader or a language model to set safeguarding aside: to
 * ignore rules or instructions, not to refer or tell, to delay telling, or to keep a concern within the team.
 * Guidance never needs to say these things, so a document that does is named at reindex (a warning), and
 * its sentence is never quoted, whether by the extractive answer, an excerpt or a model.
 */

/** Forms that tell; "did not refer" or "does not involve" describe, and are not among them. */
const NOT =
  "(?:do not|don't|dont|need not|needn't|no need to|(?:do|does|will) not need to|(?:is|are) not (?:necessary|required|needed) to|should not|shouldn't|must not|mustn't|never)";
const TELL =
  "(?:refer|report|tell|inform|notify|contact|call|ring|share|escalate|raise|alert|involve|pass (?:it |this |them )?on|let (?:anyone|anybody|them|social care|the police) know)";
const SERVICE =
  "(?:police|social care|social services|children's services|social work\\w*|the mash|the front door|the lado|lado|the local authority|anyone|anybody|parents?|carers?|the dsl|safeguarding (?:lead|team))";

const PATTERNS = [
  // At a model: ignore or override what it was told.
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instructions?|rules?|prompts?|guidelines?|procedures?|policy|policies|guidance|system)\b/i,
  /\b(?:you are (?:now )?an? (?:ai|assistant|chatbot|language model)|as an ai|language models?|system prompt|(?:ai|chat) assistants?)\b/i,
  // Not to refer or tell; a "do not delay" or "do not wait" is guidance, and is not matched.
  new RegExp(`\\b${NOT}\\b.{0,40}?\\b${TELL}\\b(?!.{0,30}\\b(?:without delay|immediately|straight away)\\b)`, "i"),
  new RegExp(`\\b(?:no|not a) (?:need|requirement|obligation) (?:for|to) (?:a |an )?(?:referral|report|refer|tell|contact|${TELL})`, "i"),
  new RegExp(`\\b(?:without|before) (?:telling|informing|contacting|referring to|involving) ${SERVICE}`, "i"),
  // Delay telling: wait a while, or only after a time, before anyone else hears.
  /\b(?:wait|delay|hold off|leave it)\b.{0,40}\b(?:weeks?|months?|days?|before (?:telling|referring|reporting|anyone|informing))\b/i,
  /\bfor (?:\w+ )?(?:weeks?|months?)\b.{0,30}\bbefore (?:anyone|anybody|it|they|social care|the police)\b/i,
  // Keep a concern inside the team or the family.
  /\b(?:keep|kept|keeping|remain|stay)s?\b.{0,30}\b(?:within|inside|in) the (?:team|school|setting|service|family|organisation|department)\b/i,
  /\bkeep (?:it|this|them|concerns?|the concern) (?:to yourselves|to yourself|quiet|secret|confidential)\b/i,
];

/** Readers are told the opposite of an instruction to hide a concern: "never promise to keep a secret". */
const GUIDANCE = /\b(?:never|not) (?:promise|agree) (?:to |that you will )?keep|\b(?:do not|don't|never|must not|should not) (?:delay|wait)\b|\bnot (?:be )?(?:kept|keep)\b/i;

export function instructsReader(sentence: string): boolean {
  const text = sentence.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ");
  if (GUIDANCE.test(text)) return false;
  return PATTERNS.some((re) => re.test(text));
}

/** Warnings for the reindex report: each file whose text instructs the reader, with how many sentences do. */
export function instructionWarnings(documents: readonly Pick<CorpusDocument, "source" | "text" | "breaks">[]): string[] {
  const warnings: string[] = [];
  for (const d of documents) {
    const found = sentenceSpans(d.text, 0, d.text.length, d.breaks)
      .map((s) => d.text.slice(s.start, s.end))
      .filter(instructsReader);
    if (!found.length) continue;
    const first = found[0].split(/\s+/).slice(0, 8).join(" ");
    warnings.push(
      `${d.source}: ${found.length} sentence(s) tell the reader or a model to set safeguarding aside (ignore rules, not refer or tell, delay, keep it within the team); they are never quoted. First: "${first}…"`,
    );
  }
  return warnings;
}
