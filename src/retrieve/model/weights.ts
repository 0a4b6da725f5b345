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
    0.00869674,
    0.00845102,
    0.69422,
    0.335793,
    0.286831,
    0.218684,
    0.118235,
    0.354462,
    0.207282,
    0.44613,
    0.417151,
    0.177485
  ],
  "intercept": 0,
  "weights": [
    0.542837,
    0.801848,
    2.22265,
    -0.387657,
    2.14692,
    1.57745,
    0.0865895,
    0.36609,
    0.37706,
    1.07698,
    0.555654,
    -0.383502
  ]
};

export const RETRIEVAL_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-08T02:50:04.018Z",
  "commit": "fd87cbc",
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
    },
    {
      "file": "docs/writer-questions.jsonl",
      "sha256": "3844c1c2c9fb5cdec4b3691c5fc9812f0298b14473b195ec020337d91f9bbaac",
      "questions": 180,
      "fittedOn": 135
    }
  ],
  "lockbox": {
    "salt": "safeguide-lockbox-v1",
    "questions": 150
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
    "recall@1": 0.633136,
    "recall@5": 0.857988,
    "recall@10": 0.905325,
    "mrr@10": 0.723595,
    "answer_acc": 0.414201,
    "abstain_acc": 0.914286,
    "false_abstain_rate": 0.52071,
    "precision_answered": 0.833333,
    "wrong_answer_rate": 0.0686275
  },
  "lockboxFigures": {
    "recall@1": 0.675,
    "recall@5": 0.916667,
    "recall@10": 0.95,
    "mrr@10": 0.767014,
    "answer_acc": 0.366667,
    "abstain_acc": 0.933333,
    "false_abstain_rate": 0.6,
    "precision_answered": 0.88,
    "wrong_answer_rate": 0.04
  }
};
