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
    0.00867872,
    0.00843678,
    0.684165,
    0.33282,
    0.298486,
    0.219668,
    0.121721,
    0.347102,
    0.21474,
    0.460129,
    0.434496,
    0.193217
  ],
  "intercept": 0,
  "weights": [
    0.456151,
    0.587152,
    2.18803,
    -0.0326434,
    1.41598,
    1.39926,
    0.0769306,
    0.287161,
    0.388377,
    0.931007,
    0.529954,
    -0.345861
  ]
};

export const RETRIEVAL_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-07T16:07:30.817Z",
  "commit": "7891ee6",
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
    "l2": 30
  },
  "outOfFold": {
    "recall@1": 0.596491,
    "recall@5": 0.850877,
    "recall@10": 0.881579,
    "mrr@10": 0.696942,
    "answer_acc": 0.289474,
    "abstain_acc": 0.933333,
    "false_abstain_rate": 0.675439,
    "precision_answered": 0.857143,
    "wrong_answer_rate": 0.040293
  },
  "lockboxFigures": {
    "recall@1": 0.697674,
    "recall@5": 1,
    "recall@10": 1,
    "mrr@10": 0.801938,
    "answer_acc": 0.267442,
    "abstain_acc": 1,
    "false_abstain_rate": 0.709302,
    "precision_answered": 0.92,
    "wrong_answer_rate": 0.0190476
  }
};
