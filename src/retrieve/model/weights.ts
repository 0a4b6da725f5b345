import type { LogisticModel } from "../logistic.js";
import type { Provenance } from "./provenance.js";

/** Written by `npm run train`; do not edit by hand. */
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
    0.00867934,
    0.00842573,
    0.68125,
    0.331549,
    0.297187,
    0.221457,
    0.12137,
    0.346544,
    0.21389,
    0.45851,
    0.43479,
    0.19236
  ],
  "intercept": 0,
  "weights": [
    0.375073,
    0.635993,
    2.33017,
    -0.270331,
    1.89151,
    1.71236,
    0.059136,
    0.235271,
    0.427378,
    0.967206,
    0.555233,
    -0.386979
  ]
};

export const RETRIEVAL_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-07T22:42:24.011Z",
  "commit": "1efe366",
  "questionFiles": [
    {
      "file": "../shared/eval/questions.jsonl",
      "sha256": "25824a54a027c3f222be36f71e031b08bc0070a759e15d30fca4a8548a54a3f2",
      "questions": 80,
      "fittedOn": 56
    },
    {
      "file": "../shared/eval/more-questions.jsonl",
      "sha256": "196adf389a0a696aee7cbebea1b952f7a0cbd08e404d701d9fa792966ac8be4b",
      "questions": 55,
      "fittedOn": 45
    },
    {
      "file": "../shared/eval/practitioner-questions.jsonl",
      "sha256": "719abc7648bbd9d2f3e55f4977cff87ac3c97d3a4d9512030999b35adb6affa9",
      "questions": 189,
      "fittedOn": 136
    },
    {
      "file": "docs/team-questions.jsonl",
      "sha256": "a7adb51bb6ab270f8685c6bb0f3e43c9aa1109096ac52399a5353b89a7465e32",
      "questions": 54,
      "fittedOn": 36
    }
  ],
  "lockbox": {
    "salt": "safeguide-lockbox-v1",
    "questions": 105
  },
  "embedding": {
    "model": "lsa-256",
    "dimension": 256
  },
  "chunking": {
    "maxWords": 180,
    "overlapSentences": 1,
    "splitterVersion": 6
  },
  "settings": {
    "l2": 0.3
  },
  "outOfFold": {
    "recall@1": 0.618421,
    "recall@5": 0.864035,
    "recall@10": 0.899123,
    "mrr@10": 0.717032,
    "answer_acc": 0.491228,
    "abstain_acc": 0.844444,
    "false_abstain_rate": 0.447368,
    "precision_answered": 0.842105,
    "wrong_answer_rate": 0.0769231
  },
  "lockboxFigures": {
    "recall@1": 0.744186,
    "recall@5": 0.988372,
    "recall@10": 1,
    "mrr@10": 0.827713,
    "answer_acc": 0.418605,
    "abstain_acc": 0.947368,
    "false_abstain_rate": 0.55814,
    "precision_answered": 0.923077,
    "wrong_answer_rate": 0.0285714
  }
};
