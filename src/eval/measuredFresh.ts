/**
 * Figures taken once on a set written blind after the features or rules of a commit were frozen, before the
 * set was read or joined the fitting: what docs/EVAL.md reports as the detectors' figures on unseen
 * phrasings. They cannot be recomputed later (each set has been seen since), so they are written down here.
 */

export interface UrgentMeasurement {
  path: string;
  /** The commit whose features and weights judged the set. */
  frozenAt: string;
  urgent: number;
  plain: number;
  /** Urgent questions whose urgent message came first. */
  caught: number;
  /** Plain questions flagged. */
  flagged: number;
  about: string;
}

export const URGENT_MEASURED: UrgentMeasurement[] = [
  {
    path: "urgent-fresh.jsonl",
    frozenAt: "e546e74",
    urgent: 60,
    plain: 60,
    caught: 59,
    flagged: 1,
    about: "children's texts, neighbours, teachers, health",
  },
  {
    path: "urgent-fresh-2.jsonl",
    frozenAt: "5d2c351",
    urgent: 44,
    plain: 44,
    caught: 39,
    flagged: 2,
    about: "follow-ups, voice notes, coaches, youth workers",
  },
  {
    path: "urgent-fresh-3.jsonl",
    frozenAt: "b6c84af",
    urgent: 70,
    plain: 70,
    caught: 65,
    flagged: 15,
    about: "blind tester; look-alikes with 'tonight' and 'right now' in plain senses",
  },
  {
    path: "urgent-fresh-4.jsonl",
    frozenAt: "5842c13",
    urgent: 80,
    plain: 80,
    caught: 79,
    flagged: 19,
    about: "blind tester; many urgent without obvious words",
  },
  {
    path: "urgent-fresh-5.jsonl",
    frozenAt: "497b085",
    urgent: 80,
    plain: 80,
    caught: 76,
    flagged: 18,
    about: "blind tester; 64 kinds of speaker, jokes and parenting look-alikes",
  },
  {
    path: "urgent-fresh-6.jsonl",
    frozenAt: "5d75d7a",
    urgent: 100,
    plain: 100,
    caught: 98,
    flagged: 21,
    about: "blind tester; handled incidents asking whether to log them",
  },
  {
    path: "urgent-fresh-7.jsonl",
    frozenAt: "c53f8dc",
    urgent: 100,
    plain: 100,
    caught: 98,
    flagged: 16,
    about: "blind tester; 14 kinds of danger, 11 kinds of look-alike",
  },
  {
    path: "urgent-fresh-8.jsonl",
    frozenAt: "f62c0da",
    urgent: 100,
    plain: 100,
    caught: 99,
    flagged: 7,
    about: "blind tester; 122 kinds of speaker",
  },
  {
    path: "urgent-fresh-9.jsonl",
    frozenAt: "efb80a4",
    urgent: 100,
    plain: 100,
    caught: 99,
    flagged: 5,
    about: "blind tester; 200 kinds of speaker, terse notes",
  },
  {
    path: "urgent-fresh-10.jsonl",
    frozenAt: "39b103b",
    urgent: 100,
    plain: 100,
    caught: 100,
    flagged: 8,
    about: "blind tester; 194 kinds of speaker, plain notes without a question mark",
  },
  {
    path: "urgent-fresh-11.jsonl",
    frozenAt: "350c347",
    urgent: 100,
    plain: 100,
    caught: 98,
    flagged: 12,
    about: "blind tester; 200 kinds of speaker, urgent questions put as procedure, terse notes",
  },
  {
    path: "urgent-fresh-12.jsonl",
    frozenAt: "be17eac",
    urgent: 100,
    plain: 100,
    caught: 97,
    flagged: 7,
    about: "blind tester; the shipped weights' judge, not fitted on",
  },
];

/** What the last set measured once left: its misses and false alarms, as taken. */
export const URGENT_LAST_MISSED: string[] = [
  "Do I need a referral form for this or is there something quicker? Girl about 14 in our waiting room with her 'uncle', pregnant, no English, just wrote 'they sell me' on her hand and showed me.",
  "Is it OK to keep a child after home time without telling mum? 8yo says mum told her she'll 'send her to be with grandma in heaven' tonight. Mum's been very unwell lately and stopped her meds.",
  "Am I allowed to lock the school gates? Group of lads in balaclavas outside asking for one of our Year 11s by name.",
];
export const URGENT_LAST_FLAGGED: string[] = [
  "The girl who was trafficked from Albania in 2021 has just been granted leave to remain. Lovely news to end the week on.",
  "Kid at Sunday school told us Jesus got nailed to a tree and 'his blood went everywhere', then asked if it hurt. Sharing because it made us all laugh.",
  "Officers attended last night after dad smashed the windows. He's been arrested and remanded, mum and the kids are at her sister's. Doing the referral this morning.",
  "My son had a nightmare last night that a man climbed through the window and took his sister. He's been clingy all day. Normal at 5?",
  "Handed over at the end of my shift: the 4yo with the non-accidental fracture is in bed 6, police aware, mum's visits supervised. Night staff have the plan.",
  "The girl seen getting into a car with an older man yesterday was with her actual brother. He's 22 and DBS checked through his job. All fine.",
  "Closing the file on the lad who was being used to carry drugs for an OCG. He's moved to his nan's in Devon, back at college and hasn't gone missing since March.",
];

export interface PersonalMeasurement {
  path: string;
  frozenAt: string;
  spans: number;
  /** Labelled personal strings wholly taken out. */
  out: number;
  clean: number;
  /** Clean questions that lost a word (not recorded for the first set). */
  redacted?: number;
}

export const PERSONAL_MEASURED: PersonalMeasurement[] = [
  { path: "personal-set.jsonl", frozenAt: "bcbd181", spans: 184, out: 175, clean: 35 },
  { path: "personal-set-2.jsonl", frozenAt: "b6c84af", spans: 98, out: 90, clean: 20, redacted: 6 },
  { path: "personal-set-3.jsonl", frozenAt: "c53f8dc", spans: 222, out: 193, clean: 20, redacted: 6 },
  { path: "personal-set-4.jsonl", frozenAt: "abe0033", spans: 221, out: 201, clean: 20, redacted: 10 },
  { path: "personal-set-5.jsonl", frozenAt: "a5a192b", spans: 167, out: 152, clean: 20, redacted: 6 },
  { path: "personal-set-6.jsonl", frozenAt: "39b103b", spans: 191, out: 162, clean: 20, redacted: 5 },
  { path: "personal-set-7.jsonl", frozenAt: "aec4c18", spans: 328, out: 292, clean: 25, redacted: 6 },
  { path: "personal-set-8.jsonl", frozenAt: "350c347", spans: 239, out: 215, clean: 25, redacted: 5 },
  { path: "personal-set-9.jsonl", frozenAt: "fd1cc1c", spans: 375, out: 346, clean: 25, redacted: 9 },
  { path: "personal-set-10.jsonl", frozenAt: "20f9cc0", spans: 331, out: 319, clean: 25, redacted: 10 },
];
