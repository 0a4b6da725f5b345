import type { LogisticModel } from "../logistic.js";

/** Written by `npm run train` from 189 public questions; do not edit by hand. */
export const RETRIEVAL_MODEL: LogisticModel = {
  "names": [
    "lexical",
    "dense",
    "lexicalScore",
    "denseSimilarity",
    "focus",
    "phrases",
    "headings",
    "recency",
    "recommendation",
    "year",
    "answerKind",
    "backMatter"
  ],
  "means": [
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0
  ],
  "scales": [
    0.00866108,
    0.00839483,
    0.686429,
    0.32317,
    0.310322,
    0.242123,
    0.115097,
    0.353433,
    0.250762,
    0.417891,
    0.365992,
    0.170573
  ],
  "intercept": 0,
  "weights": [
    0.445303,
    0.318861,
    2.03555,
    0.372243,
    1.56356,
    1.40815,
    0.157212,
    0.294459,
    0.476838,
    1.07388,
    0.60918,
    -0.601325
  ]
};
