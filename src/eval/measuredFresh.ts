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
];

/** What the last set measured once left: its misses and false alarms, as taken. */
export const URGENT_LAST_MISSED: string[] = [];
export const URGENT_LAST_FLAGGED: string[] = [
  "My stepson keeps saying he'll 'kill' his brother when they argue over the Xbox. Standard sibling stuff I think, they're 11 and 13",
  "Pupil came in today with a cast - broke her wrist on a trampoline at her cousin's party, lots of adults saw it. Just logging as a known injury",
  "Y3 boy told the class his uncle has a real gun. Mum confirmed this morning it's an airsoft rifle kept locked in the loft. Do I record it?",
  "Pupil's grandad died suddenly at the weekend, she's been crying all morning and wants to go home. Bereavement support options",
  "Reminder for the rota: I'm on the EDT shift tonight and tomorrow, handover notes are in the shared drive",
  "My 6 year old told her teacher I 'kill spiders with a hammer' and now I'm worried they'll think something weird is going on. It's a rolled-up magazine",
  "Girl disclosed an assault by her stepdad last term, police and social care involved, he's been removed and she lives with gran now. What do I write on CPOMS for today's check-in chat",
  "Y2 were doing superheroes and villains and one boy pretended to strangle the villain. Teacher stopped it straight away. Just checking whether we call home",
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
];
