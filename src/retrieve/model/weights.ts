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
    0.364872,
    0.170573
  ],
  "intercept": 0,
  "weights": [
    0.442604,
    0.321086,
    2.03654,
    0.375016,
    1.56091,
    1.41404,
    0.155822,
    0.299203,
    0.476352,
    1.07566,
    0.594239,
    -0.600459
  ]
};
