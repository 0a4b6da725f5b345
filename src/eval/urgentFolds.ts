import { fitUrgentModel, urgentClassifier } from "../answer/guards/urgentModel.js";

/**
 * The urgent-risk classifier's labelled sets, and its figures with each set held out: the weights are fitted
 * on the other sets and the held-out one is judged with them, so no question is scored by weights that saw it.
 */

/**
 * The labelled sets the shipped weights are fitted on: the first set, written beside the features, and twenty
 * sets each written by someone else after the features of their day were frozen, judged once and seen since.
 */
export const URGENT_LABELLED_FILES = [
  "test/answer/data/urgent.jsonl",
  "test/answer/data/urgent-fresh.jsonl",
  "test/answer/data/urgent-fresh-2.jsonl",
  "test/answer/data/urgent-fresh-3.jsonl",
  "test/answer/data/urgent-fresh-4.jsonl",
  "test/answer/data/urgent-fresh-5.jsonl",
  "test/answer/data/urgent-fresh-6.jsonl",
  "test/answer/data/urgent-fresh-7.jsonl",
  "test/answer/data/urgent-fresh-8.jsonl",
  "test/answer/data/urgent-fresh-9.jsonl",
  "test/answer/data/urgent-fresh-10.jsonl",
  "test/answer/data/urgent-fresh-11.jsonl",
  "test/answer/data/urgent-fresh-12.jsonl",
  "test/answer/data/urgent-fresh-13.jsonl",
  "test/answer/data/urgent-fresh-14.jsonl",
  "test/answer/data/urgent-fresh-15.jsonl",
  "test/answer/data/urgent-fresh-16.jsonl",
  "test/answer/data/urgent-fresh-17.jsonl",
  "test/answer/data/urgent-fresh-18.jsonl",
  "test/answer/data/urgent-fresh-19.jsonl",
  "test/answer/data/urgent-fresh-20.jsonl",
];

/**
 * The set that judges the shipped weights: written blind after they were fitted, measured once, never fitted on.
 * Between a round's end and the next blind set it may also be fitted on (listed in URGENT_LABELLED_FILES).
 */
export const URGENT_JUDGE_FILE = "test/answer/data/urgent-fresh-21.jsonl";

export interface LabelledQuestion {
  text: string;
  urgent: boolean;
  speaker?: string;
}

export interface FoldFigures {
  folds: number;
  urgent: number;
  plain: number;
  recall: number;
  falsePositiveRate: number;
  perFold: { recall: number; falsePositiveRate: number }[];
  missed: string[];
  falseAlarms: string[];
}

export function parseLabelled(jsonl: string): LabelledQuestion[] {
  return jsonl
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledQuestion);
}

/** Each set judged by weights fitted on the others: a writer the model has not read. */
export function outOfSet(sets: LabelledQuestion[][]): FoldFigures {
  const rows = sets.flat();
  const folds = sets.flatMap((set, f) => set.map(() => f));
  const k = sets.length;
  const predicted: boolean[] = new Array(rows.length).fill(false);
  for (let f = 0; f < k; f++) {
    const isUrgent = urgentClassifier(fitUrgentModel(rows.filter((_, i) => folds[i] !== f)));
    rows.forEach((r, i) => {
      if (folds[i] === f) predicted[i] = isUrgent(r.text);
    });
  }
  const figures = (idx: number[]) => {
    const pos = idx.filter((i) => rows[i].urgent);
    const neg = idx.filter((i) => !rows[i].urgent);
    return {
      recall: pos.filter((i) => predicted[i]).length / Math.max(1, pos.length),
      falsePositiveRate: neg.filter((i) => predicted[i]).length / Math.max(1, neg.length),
    };
  };
  const all = rows.map((_, i) => i);
  return {
    folds: k,
    urgent: rows.filter((r) => r.urgent).length,
    plain: rows.filter((r) => !r.urgent).length,
    ...figures(all),
    perFold: Array.from({ length: k }, (_, f) => figures(all.filter((i) => folds[i] === f))),
    missed: all.filter((i) => rows[i].urgent && !predicted[i]).map((i) => rows[i].text),
    falseAlarms: all.filter((i) => !rows[i].urgent && predicted[i]).map((i) => rows[i].text),
  };
}
