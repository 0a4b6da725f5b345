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
    about: "blind tester; judged be17eac's weights, fitted on since 95abe22",
  },
  {
    path: "urgent-fresh-13.jsonl",
    frozenAt: "95abe22",
    urgent: 100,
    plain: 100,
    caught: 96,
    flagged: 9,
    about: "blind tester; emergencies wrapped in procedural questions; the shipped weights' judge, not fitted on",
  },
];

/** What the last set measured once left: its misses and false alarms, as taken. */
export const URGENT_LAST_MISSED: string[] = [
  "Quick data sharing question - can I tell police a 15 year old's location without her consent? She's just told me she's meeting a 'boyfriend' she met online at a hotel tonight, he's 34 and sent her the train ticket",
  "Resident found unresponsive in her room, ambulance on way. Her 2 yr old is sat next to her. Not sure who takes the child?",
  "should I log this on CPOMS now or after lunch? Year 6 girl told me she's flying to Somalia tomorrow morning for a 'special ceremony' to become a woman, her aunt's collecting her at 3",
  "does the Ofsted notification need to go in within 24 hours? a child was collected 10 min ago by someone not on her list. mum just rang - it's her ex, he has a non-molestation order",
];
export const URGENT_LAST_FLAGGED: string[] = [
  "One of my players said his dad is 'going to kill him' if he doesn't score Saturday - dad was stood right there, both grinning, it's their running joke. Leave it?",
  "Kids on my back seat were yelling 'he's got a gun!' - it was a water pistol, they got off at their stop laughing. Just mentioning it.",
  "Y5 poem 'My Worst Nightmare' - one boy wrote about his house on fire and everyone dying. He's a cheerful kid, said he got it from a TV show. Anything?",
  "The escape room we ran for Y8 had locked doors and fake blood. Parents are asking about consent forms for next year.",
  "Our year 7 keeper got knocked out for a few seconds in yesterday's match. Ambulance crew checked him, he's back in school today. Inform anyone else?",
  "my friend's husband is really controlling and she's scared of him. They've no kids. Where can she get help?",
  "Blood on the floor in the girls' loos this morning - a Y6 girl had started her first period and was embarrassed. Sorted with the school nurse and mum. Anything more to do?",
  "A man collapsed drunk outside school at home time, paramedics came. Some kids saw it. Should we write to parents?",
  "17 year old on work experience at our garage cut his finger on a blade yesterday - stitches, all fine now. Do we report it to the school?",
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
