import type { FittedExpansionWeights } from "../expansion.js";
import type { Provenance } from "./provenance.js";

/** Written by `npm run fit:expansions`; do not edit by hand. */
export const EXPANSION_WEIGHTS: FittedExpansionWeights = {
  "weights": {
    "acronym": 0.5,
    "compound": 0.5,
    "national": 0.5,
    "everyday": 0.5,
    "wordnet-synonym": 0,
    "wordnet-derivation": 0,
    "wordnet-hypernym": 0,
    "wordnet-gloss": 0
  },
  "plainWeight": 0.5
};

export const EXPANSION_WEIGHTS_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-08T02:48:44.929Z",
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
    "folds": 5,
    "sweeps": 3,
    "gridStep": 0.25,
    "minGain": 0.01
  },
  "outOfFold": {
    "recall@5": 0.85503,
    "recall@10": 0.908284,
    "mrr@10": 0.720691,
    "paraphrase recall@5": 0.589286
  },
  "lockboxFigures": null
};
