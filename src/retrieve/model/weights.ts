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
    0.00868348,
    0.00843059,
    0.684278,
    0.332443,
    0.29597,
    0.221964,
    0.120498,
    0.346851,
    0.213303,
    0.46031,
    0.434878,
    0.192515
  ],
  "intercept": 0,
  "weights": [
    0.353731,
    0.666982,
    2.33291,
    -0.281865,
    1.92064,
    1.70616,
    0.0196735,
    0.252293,
    0.424436,
    0.989775,
    0.551045,
    -0.389206
  ]
};

export const RETRIEVAL_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-08T00:07:12.616Z",
  "commit": "ea615ac",
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
    "recall@1": 0.609649,
    "recall@5": 0.868421,
    "recall@10": 0.899123,
    "mrr@10": 0.714705,
    "answer_acc": 0.469298,
    "abstain_acc": 0.844444,
    "false_abstain_rate": 0.464912,
    "precision_answered": 0.829457,
    "wrong_answer_rate": 0.0805861
  },
  "lockboxFigures": {
    "recall@1": 0.744186,
    "recall@5": 0.988372,
    "recall@10": 1,
    "mrr@10": 0.827132,
    "answer_acc": 0.406977,
    "abstain_acc": 0.947368,
    "false_abstain_rate": 0.569767,
    "precision_answered": 0.921053,
    "wrong_answer_rate": 0.0285714
  }
};
