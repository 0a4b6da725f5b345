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
    0.00867884,
    0.00842521,
    0.681233,
    0.331568,
    0.297326,
    0.221466,
    0.121434,
    0.34652,
    0.213894,
    0.45852,
    0.4348,
    0.192364
  ],
  "intercept": 0,
  "weights": [
    0.376218,
    0.635987,
    2.32482,
    -0.270001,
    1.89548,
    1.71232,
    0.0600871,
    0.235083,
    0.427464,
    0.967293,
    0.555239,
    -0.386877
  ]
};

export const RETRIEVAL_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-07T22:03:59.452Z",
  "commit": "c1b17ee",
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
    "recall@5": 0.859649,
    "recall@10": 0.899123,
    "mrr@10": 0.716782,
    "answer_acc": 0.469298,
    "abstain_acc": 0.866667,
    "false_abstain_rate": 0.469298,
    "precision_answered": 0.84252,
    "wrong_answer_rate": 0.0732601
  },
  "lockboxFigures": null
};
