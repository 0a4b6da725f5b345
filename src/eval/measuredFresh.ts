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
];

/** What the last set measured once left: its misses and false alarms, as taken. */
export const URGENT_LAST_MISSED: string[] = [
  "Do we need parental consent before speaking to a child who's just told us her dad is on his way to school with a hammer?",
  "How do I log a concern about a 7 year old standing on the window ledge of a third floor flat with nobody else in the room?",
];
export const URGENT_LAST_FLAGGED: string[] = [
  "A young person told me last year her dad used to beat her mum. It's all been through MARAC and he's in prison now. She wants to talk about it again. How do I support?",
  "Note: Mrs K rang to cancel Thursday's home visit, baby has chickenpox, rebooked for the 14th",
  "Grandson (8) keeps waking up screaming from a nightmare about a man with a knife in his wardrobe. He's fine in the day. Could it be the film he watched at his cousin's?",
  "Last night at the home two residents fought over the TV remote, one punched the other, staff separated them, both fine, incident logged, no further action",
  "Sad news: our colleague's son died in a car crash at the weekend. Collection for flowers in the office",
  "Boy in Reception drew his mum holding a gun and said she's a spy in his story. Mum's a dinner lady here and thought it was hilarious",
  "Just back from the home visit, baby has nappy rash and a cold, mum's taking her to the GP in the morning, nothing else of note",
  "Reflective supervision notes: the baby with the unexplained fractures last year still sits with me. Want to talk it through on Thursday",
  "Two Year 8s had a scrap at lunch today, one has a split lip, both parents informed and both kids apologised",
  "Lad in my class told us his uncle was shot in Jamaica years ago, he wanted to include it in our family history project",
  "Our 8 year old says she wants to die every time she's told to tidy her room. Drama queen or a concern? She's otherwise a happy little thing",
  "Our 4yo has been playing cops and robbers all week and keeps 'arresting' the dog and locking him in 'jail' behind the sofa",
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
];
