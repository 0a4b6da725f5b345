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
    0.00872079,
    0.00848865,
    0.676501,
    0.327456,
    0.295502,
    0.221507,
    0.123252,
    0.345499,
    0.212358,
    0.465608,
    0.442244,
    0.193817
  ],
  "intercept": 0,
  "weights": [
    0.141329,
    0.346887,
    1.92049,
    0.217238,
    1.84617,
    1.491,
    0.205844,
    0.363248,
    0.439029,
    1.07993,
    0.710834,
    -0.394879
  ]
};

export const RETRIEVAL_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-07T15:04:49.190Z",
  "commit": "cf65ec0",
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
    "splitterVersion": 5
  },
  "settings": {
    "l2": 30
  },
  "outOfFold": {
    "recall@1": 0.618421,
    "recall@5": 0.828947,
    "recall@10": 0.877193,
    "mrr@10": 0.706931,
    "answer_acc": 0.394737,
    "abstain_acc": 0.911111,
    "false_abstain_rate": 0.548246,
    "precision_answered": 0.841121,
    "wrong_answer_rate": 0.0622711
  },
  "lockboxFigures": null
};
