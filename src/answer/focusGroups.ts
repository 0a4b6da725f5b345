/**
 * The kinds of thing a safeguarding question is about, each a list of how people name them: who (groups of
 * children), which service or practitioner, and which harm. A follow-up that names one of a kind ("and what
 * about care leavers?") swaps it for the one of the same kind in the question before.
 */

const GROUPS: Record<string, string[]> = {
  children: [
    "children in care",
    "looked after children",
    "children looked after",
    "child looked after",
    "child in care",
    "care leavers",
    "care leaver",
    "care experienced young people",
    "care-experienced young people",
    "children in need",
    "children on child protection plans",
    "children on plans",
    "children subject to child protection plans",
    "children on a plan",
    "disabled children",
    "children with disabilities",
    "children with send",
    "children with special educational needs",
    "unaccompanied asylum seeking children",
    "unaccompanied asylum-seeking children",
    "unaccompanied children",
    "unaccompanied minors",
    "babies",
    "infants",
    "unborn babies",
    "under fives",
    "under-fives",
    "toddlers",
    "adolescents",
    "teenagers",
    "teens",
    "young people",
    "young person",
    "young carers",
    "boys",
    "girls",
    "young men",
    "young women",
    "children missing education",
    "home educated children",
    "electively home educated children",
    "children in custody",
    "young offenders",
    "siblings",
    "pupils",
    "students",
    "older children",
    "younger children",
    "16 and 17 year olds",
    "children placed out of area",
    "children at risk of exploitation",
    "missing children",
    "kids",
    "children",
    "child",
    "families",
    "parents",
    "fathers",
    "mothers",
    "dads",
    "mums",
  ],
  services: [
    "social workers",
    "social worker",
    "foster carers",
    "foster carer",
    "kinship carers",
    "adopters",
    "police officers",
    "the police",
    "police",
    "schools",
    "school",
    "teachers",
    "headteachers",
    "health visitors",
    "school nurses",
    "gps",
    "general practitioners",
    "health services",
    "health",
    "early help",
    "youth offending service",
    "youth justice service",
    "probation",
    "housing",
    "the local authority",
    "local authority",
    "the council",
    "the partnership",
    "managers",
    "team managers",
    "senior leaders",
    "independent reviewing officers",
    "iros",
    "residential staff",
    "children's homes",
    "the voluntary sector",
    "voluntary sector",
    "education",
    "camhs",
    "midwives",
    "hospitals",
    "the ambulance service",
    "designated safeguarding leads",
    "taxi drivers",
    "elected members",
    "councillors",
    "the mash",
    "mash",
    "front door",
    "children's social care",
    "adult services",
  ],
  harms: [
    "neglect",
    "sexual abuse",
    "physical abuse",
    "emotional abuse",
    "domestic abuse",
    "domestic violence",
    "child criminal exploitation",
    "criminal exploitation",
    "child sexual exploitation",
    "sexual exploitation",
    "exploitation",
    "county lines",
    "online abuse",
    "online safety",
    "fgm",
    "female genital mutilation",
    "radicalisation",
    "modern slavery",
    "trafficking",
    "self-harm",
    "self harm",
    "substance misuse",
    "bullying",
    "serious youth violence",
    "knife crime",
    "cse",
    "cce",
    "going missing",
    "missing episodes",
  ],
};

export interface GroupMention {
  kind: string;
  phrase: string;
  index: number;
}

/** The longest group named in the text, of the given kind if one is given. */
export function groupIn(text: string, kind?: string): GroupMention | null {
  const lower = text.toLowerCase();
  let best: GroupMention | null = null;
  for (const [k, phrases] of Object.entries(GROUPS)) {
    if (kind && k !== kind) continue;
    for (const phrase of phrases) {
      const at = lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, "u"));
      if (at >= 0 && (!best || phrase.length > best.phrase.length)) best = { kind: k, phrase, index: at };
    }
  }
  return best;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
