import { withoutFiller } from "../retrieve/filler.js";
import { yearsIn } from "../retrieve/query.js";
import { groupIn } from "./focusGroups.js";
import type { ConversationTurn } from "./types.js";

/**
 * Without a model, a follow-up is made searchable from the asker's previous question. One that names a new
 * focus ("and what about care leavers?") keeps the previous topic with the focus swapped; one that adds a
 * constraint ("in 2016?", "and for 2022?") keeps the topic and takes the constraint, a new year in place
 * of the old; one that points back ("who chairs it?") carries the previous question whole. A question that
 * stands on its own, however short, is left alone.
 */

const FOLLOW_UP =
  /^(?:(?:ok|okay|right|so),?\s+)?(and|but|also|what about|how about|so|then|what else|why|is that|was that|does that|did they|is it|was it|same for)\b|\b(it|this|they|them|those|these)\b/i;
const LEAD =
  /^(?:(?:and|but|also|so|ok|okay|then|right)\s+)*(?:(?:what|how)\s+about|(?:is it |is that |and )?(?:the )?same (?:for|in)|what (?:was|is) it like (?:for|in))?\s*/i;
const POINTING_BACK = /\b(it|this|that|they|them|those|these|there)\b/i;
const ASKING = /^(who|what|when|where|why|how|which|is|are|was|were|did|does|do|can|could|should|would|has|have|will)\b/i;
const TIME_WORDS = new Set(
  "in for during by since before after until from to the of year years financial fy quarter period then now currently today last this next figures figure numbers number rates rate data stats same".split(
    " ",
  ),
);

export function carryTopic(history: ConversationTurn[], question: string): string {
  const earlier = history.filter((t) => t.role === "user").map((t) => t.text);
  if (!earlier.length) return question;
  // Each earlier question read in the light of those before it, so a second follow-up builds on the first.
  const topic = earlier.slice(1).reduce((before, asked) => follow(before, asked), withoutFiller(earlier[0]).focus);
  return follow(topic, question);
}

function follow(previous: string, question: string): string {
  const asked = withoutFiller(question).focus;
  const rest = asked
    .replace(LEAD, "")
    .replace(/[?.!\s]+$/, "")
    .trim();
  // A question that is only a time ("in 2016?") can only be about the one before.
  if (isConstraint(rest)) return withConstraint(previous, rest);
  if (!FOLLOW_UP.test(asked)) return question;
  const focus = rest.replace(/^(?:for|with|on|to|the)\s+/i, "").trim();
  if (focus && !POINTING_BACK.test(focus) && !ASKING.test(focus) && focus.split(/\s+/).length <= 6) return withFocus(previous, focus);
  return `${previous} ${asked}`;
}

/** Only times and the words around them: "in 2016", "for 2022/23", "and last year". */
function isConstraint(rest: string): boolean {
  const words = rest.toLowerCase().match(/[\p{L}\p{N}/]+/gu) ?? [];
  return (
    words.length > 0 &&
    (yearsIn(rest).length > 0 || /\b(last|this|next) year\b/i.test(rest)) &&
    words.every((w) => TIME_WORDS.has(w) || /^[\d/]+$/.test(w))
  );
}

function withConstraint(previous: string, constraint: string): string {
  const phrase = /^(in|for|during|by|since|before|after|until|from|last|this|next)\b/i.test(constraint) ? constraint : `in ${constraint}`;
  if (!yearsIn(constraint).length || !yearsIn(previous).length) return `${stripEnd(previous)} ${phrase}`;
  const withoutYears = previous
    .replace(/\b(?:in|for|during|by|from)?\s*(?:(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?|\d{2}\/\d{2})\b/gi, " ")
    .replace(/\s+([?.!,])/g, "$1")
    .replace(/\s+/g, " ");
  return `${stripEnd(withoutYears)} ${phrase}`;
}

/** The previous question with its group of the same kind replaced; both kept when it names none. */
function withFocus(previous: string, focus: string): string {
  const kind = groupIn(focus)?.kind;
  const old = kind ? groupIn(previous, kind) : null;
  if (!old || old.phrase === focus.toLowerCase()) return `${stripEnd(previous)} ${focus}`;
  return previous.slice(0, old.index) + focus + previous.slice(old.index + old.phrase.length);
}

function stripEnd(text: string): string {
  return text.trim().replace(/[?.!\s]+$/, "");
}
