import { contentTerms } from "../index/terms.js";

/**
 * Chat around a question ("sorry daft q", "doing an induction pack", "need it for my slides", "one of my
 * families…", "asking for a colleague") names words the documents also use (induction, slides, families),
 * so left in, it pulls retrieval towards passages about them. It is taken out before the question is
 * analysed: whole clauses that are only chat, and chat phrases inside the question. General patterns of how
 * people wrap a question in Slack, not rules for particular questions.
 */

const OPENERS = "hi|hiya|hey|hello|morning|afternoon|evening|good (?:morning|afternoon|evening)|all";
const SELF_DOUBT = "daft|silly|stupid|dumb|basic|obvious|random|quick|easy|odd|weird|naive|newbie";
const ASKED = "q|qs|question|questions|one|query|ask";
const WORK =
  "induction pack|induction|training session|training pack|training|presentation|slides?|slide deck|deck|briefing|report|essay|assignment|audit|paper|handout|newsletter|bid|supervision|team meeting|meeting|panel|session|pack|portfolio|dissertation|placement";
const WHO = "colleague|friend|manager|boss|team manager|supervisor|student|team|service manager|practice educator";
const MINE = "families|family|cases|case|young people|young person|kids|children|child|clients|service users|mums|dads|parents|caseload";

/** Clauses that are only chat: dropped whole. Each is matched against a whole clause. */
const CHAT_CLAUSES: RegExp[] = [
  new RegExp(`^(?:${OPENERS})(?: (?:all|team|there|folks|everyone|guys))?$`),
  new RegExp(
    `^(?:so )?(?:sorry|apologies|soz)(?: (?:if|for|but|in advance|to bother you|to be a pain))*(?: (?:this is|it's|its))?(?: (?:a|the|another))?(?: (?:${SELF_DOUBT}))*(?: (?:${ASKED}))?$`,
  ),
  new RegExp(
    `^(?:probably |might be |maybe |bit of |a bit of |this is |just )?(?:a |an )?(?:${SELF_DOUBT})(?: (?:${SELF_DOUBT}))*(?: (?:${ASKED}))?(?: here| for you| but)?$`,
  ),
  new RegExp(
    `^(?:i'?m |i am |we'?re |we are |currently |just )*(?:doing|writing|putting together|preparing|working on|updating|pulling together|making|building|running|delivering|planning)(?: (?:a|an|my|our|the|some|this))?(?: [\\w-]+){0,3}? (?:${WORK})(?: (?:for|on|about) [\\w' -]{1,40})?$`,
  ),
  new RegExp(
    `^(?:i |we )?(?:need|want|needed|wanted)(?: (?:it|this|that|something|a quote|a line|a figure|a stat|the answer|an answer))? for (?:my|a|the|our|an|some)(?: [\\w-]+){0,2}? (?:${WORK})$`,
  ),
  new RegExp(`^(?:it's |its |this is |just )?(?:for|asking for|on behalf of) (?:a|my|our) (?:${WHO})$`),
  new RegExp(
    `^(?:my|our) (?:${WHO}) (?:asked|wants to know|was asking|is asking|asked me|wanted to know)(?: (?:me|us))?(?: to (?:check|find out|ask))?$`,
  ),
  /^(?:i'?m |i am |we'?re )(?:new|just started|new in post|new to (?:this|the team|the role|the job|the area)|covering|on duty|a student|a newbie|still learning)(?: (?:here|today|this week|in the team|to the team|to this))*$/,
  /^(?:not sure (?:if|whether) (?:this is|i'm in) the right (?:place|channel)(?: to ask)?|not sure who else to ask|hope (?:you|someone) can help|hope (?:that|this) makes sense|if (?:that|it) makes sense|no rush|when you (?:get|have) a (?:chance|minute|sec)|any help (?:appreciated|welcome)|help please|please help)$/,
  /^(?:thanks|thank you|thanks in advance|many thanks|cheers|ta|tia|thx|ty|much appreciated|x+|lol|haha|ha|ok|okay|right|so|quick one|quick q|random one|one for you|question for you)$/,
];

/** Chat phrases inside a clause that also holds the question: taken out, the rest kept. */
const CHAT_PHRASES: RegExp[] = [
  new RegExp(
    `\\b(?:one|some|a couple|two) of (?:my|our) (?:${MINE})\\b(?: (?:(?:has|have|had|is|are|was|were) )?(?:asked|been asking|wondering)(?: (?:me|us))?)?`,
    "g",
  ),
  /\b(?:do|does|would) (?:you|anyone|anybody|someone) (?:happen to )?know\b/g,
  /\b(?:can|could|would) (?:you|someone|anyone) (?:please )?(?:tell|remind|help) me\b/g,
  /\b(?:i was|i'm|im|i am|just) (?:just )?wondering\b/g,
  /\b(?:i'?d|i would|we'?d) like to know\b/g,
  /\bi (?:need|want) to (?:know|find out|check)\b/g,
  /\b(?:off the top of your head|in a nutshell|if (?:that|it) makes sense|if possible|if you can|for my (?:slides|presentation|induction pack|training)|for a colleague|quick (?:one|q|question)|(?:daft|silly|stupid) (?:q|question))\b/g,
  /\b(?:sorry|please|pls|plz|thanks|cheers|just)\b/g,
];

export interface FocusedQuestion {
  /** The question without its chat; the text as typed when nothing else would be left. */
  focus: string;
  /** What was taken out, for the record. */
  filler: string[];
}

export function withoutFiller(text: string): FocusedQuestion {
  const filler: string[] = [];
  const kept: string[] = [];
  for (const clause of clausesOf(text)) {
    const bare = normalised(clause);
    if (!bare || CHAT_CLAUSES.some((p) => p.test(bare))) {
      if (bare) filler.push(clause.trim());
      continue;
    }
    let rest = clause;
    for (const p of CHAT_PHRASES) {
      rest = rest.replace(new RegExp(p.source, "gi"), (m) => {
        filler.push(m);
        return " ";
      });
    }
    kept.push(rest);
  }
  const focus = kept
    .join(" ")
    .replace(/\s+([?.!,;:])/g, "$1")
    .replace(/^[\s,;:.!-]+/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!filler.length || contentTerms(focus).length === 0) return { focus: text, filler: [] };
  return { focus, filler };
}

/** Clauses, split at sentence ends, commas, dashes (a spaced hyphen too), ellipses and brackets; each keeps the separator after it. */
function clausesOf(text: string): string[] {
  text = text.replace(/\s+-+\s+/g, " — ");
  return text.match(/[^.!?,;:…()–—]+(?:[.!?,;:…()–—]+|$)|[.!?,;:…()–—]+/g) ?? [text];
}

function normalised(clause: string): string {
  return clause
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/(?:^|\s)-+(?=\s|$)/g, " ")
    .replace(/[^\p{L}\p{N}' -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
