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
    about: "blind tester; emergencies wrapped in procedural questions; judged 95abe22, fitted on since b3226d2",
  },
  {
    path: "urgent-fresh-14.jsonl",
    frozenAt: "b3226d2",
    urgent: 100,
    // 100 written; one, not flagged, repeated a question of an earlier set word for word and was taken out.
    plain: 99,
    caught: 97,
    flagged: 8,
    about: "blind tester; emergencies after an admin question; judged b3226d2, fitted on since d97eb2e",
  },
  {
    path: "urgent-fresh-15.jsonl",
    frozenAt: "d97eb2e",
    urgent: 100,
    plain: 100,
    caught: 99,
    flagged: 9,
    about: "blind tester; 200 kinds of speaker; judged d97eb2e; fitted on since set 16 was measured",
  },
  {
    path: "urgent-fresh-16.jsonl",
    frozenAt: "626f903",
    urgent: 100,
    plain: 100,
    caught: 99,
    flagged: 8,
    about:
      "blind tester; 200 kinds of speaker; the weights before 626f903 (34ab55d) caught 100 and flagged 10; fitted on since set 17 was measured",
  },
  {
    path: "urgent-fresh-17.jsonl",
    frozenAt: "92bbfec",
    urgent: 100,
    plain: 100,
    caught: 95,
    flagged: 1,
    about:
      "blind tester; 200 kinds of speaker, emergencies put as procedure or doubted; 45f1a5b's weights caught 94 and flagged 1, 34ab55d's 93 and 3; fitted on since set 18 was measured",
  },
  {
    path: "urgent-fresh-18.jsonl",
    frozenAt: "2eae644",
    urgent: 100,
    plain: 100,
    caught: 99,
    flagged: 1,
    about:
      "blind tester; 200 kinds of speaker, close urgent and plain pairs; 92bbfec's weights caught 98 and flagged 1, 34ab55d's 100 and 4; fitted on since set 19 was measured",
  },
  {
    path: "urgent-fresh-19.jsonl",
    frozenAt: "fdacd49",
    urgent: 100,
    // 100 written; one, not flagged, repeated a question of an earlier set word for word and was taken out.
    plain: 99,
    caught: 98,
    flagged: 2,
    about:
      "blind tester; 200 kinds of speaker, police logs and handover notes; 2eae644's and 34ab55d's weights also caught 98 and flagged 2; fitted on since set 20 was measured",
  },
  {
    path: "urgent-fresh-20.jsonl",
    frozenAt: "a667a9b",
    urgent: 100,
    plain: 100,
    caught: 98,
    flagged: 5,
    about:
      "blind tester; 200 kinds of speaker, letters, logs and jokes; fdacd49's weights caught 97 and flagged 5, 34ab55d's 98 and 7; fitted on since set 21 was measured",
  },
  {
    path: "urgent-fresh-21.jsonl",
    frozenAt: "97990e6",
    urgent: 100,
    plain: 100,
    caught: 93,
    flagged: 2,
    about:
      "blind tester; 200 kinds of speaker, emergencies put as questions of procedure; f0e8a34's weights caught 93 and flagged 4; the shipped weights' judge, not fitted on",
  },
];

/** What the last set measured once left: its misses and false alarms, as taken. */
export const URGENT_LAST_MISSED: string[] = [
  "Mother self-discharged 20 minutes ago with her day-old baby. There's a pre-birth plan in place with removal at birth agreed at conference. Who am I supposed to notify?",
  "sorry not sure who to ask, little girl in reception fell off the climbing frame and she isnt waking up properly, first aider is on her lunch. do we ring the parents first?",
  "Filtering alert: a Y9 pupil searched 'how many paracetamol to die' and 'painless ways to go' in the last ten minutes and she's not in her timetabled lesson. Who am I meant to send these alerts to?",
  "What's the timescale for a s47 once it's been agreed? The child (7) is at school, disclosed this morning that mum's partner tried to strangle him last night, and the partner is collecting at 3.15.",
  "Supervised contact at the family centre - birth mum grabbed the baby and ran out the fire exit with him. Contact worker's chasing. Baby is 8 months. Which form do I fill in?",
  "A parent has emailed the school office stating that she intends to end her own life and that of her daughter (aged 6) this evening. The email was sent 12 minutes ago. What is the correct recording procedure?",
  "After youth group a 12yo told me her mum is planning to have her 'cut' this weekend at her aunt's, they're driving up tomorrow morning. How do I record this?",
];
export const URGENT_LAST_FLAGGED: string[] = [
  "Parent asked if we can keep an EpiPen in the classroom rather than the office. What does the medication policy say?",
  "Attended a 12yo having a seizure - known epileptic, fully recovered at home with mum, care plan in place. Safeguarding referral needed?",
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
  { path: "personal-set-11.jsonl", frozenAt: "34ab55d", spans: 309, out: 292, clean: 25, redacted: 8 },
  // f0e8a34's rules took out the same 247 and redacted 7 clean questions.
  { path: "personal-set-12.jsonl", frozenAt: "08978fe", spans: 256, out: 247, clean: 25, redacted: 5 },
];
