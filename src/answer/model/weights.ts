import type { AnswerModel } from "./answerModel.js";
import type { Provenance } from "../../retrieve/model/provenance.js";

/** Written by `npm run train`; do not edit by hand. */
export const ANSWER_MODEL: AnswerModel = {
  "sentence": {
    "names": [
      "coverage",
      "coverageBehindBest",
      "sentenceCoverage",
      "sentenceCoverageBehindBest",
      "neighbourCoverage",
      "bestPassageCoverage",
      "questionTerms",
      "passageCoverage",
      "contextCoverage",
      "missingRare",
      "bigrams",
      "rankInverse",
      "retrievalScore",
      "kindHeld",
      "kindMissing",
      "gapYear",
      "gapName",
      "gapAcronym",
      "gapCounted",
      "gapRole",
      "unknownPhrase",
      "longSentence",
      "shortSentence",
      "furniture",
      "startsLowerCase"
    ],
    "means": [
      0.108824,
      0.319604,
      0.072752,
      0.324342,
      0.102028,
      0.537913,
      0.600044,
      0.367039,
      0.130671,
      0.270092,
      0.0211736,
      0.394016,
      0.281631,
      0.15075,
      0.410224,
      0.0807647,
      0.0223177,
      0.0212228,
      0.17711,
      0.0125484,
      0.0165067,
      0.0076638,
      0.189321,
      0.00437932,
      0
    ],
    "scales": [
      0.134075,
      0.198673,
      0.118587,
      0.188843,
      0.133479,
      0.194064,
      0.204998,
      0.185297,
      0.12534,
      0.435927,
      0.0749119,
      0.280277,
      0.430415,
      0.357805,
      0.491874,
      0.272473,
      0.147715,
      0.144126,
      0.381761,
      0.111315,
      0.127413,
      0.087207,
      0.391764,
      0.0660313,
      1
    ],
    "intercept": -5.45123,
    "weights": [
      0.390906,
      -0.292402,
      0.24791,
      -0.24223,
      -0.18402,
      -0.00257266,
      0.227886,
      -0.0290887,
      -0.0374636,
      -0.227771,
      -0.0248546,
      0.567601,
      0.00905591,
      0.437543,
      -0.86908,
      -0.615145,
      -0.179328,
      -0.513431,
      -0.447246,
      -0.0877427,
      -0.153108,
      -0.13884,
      -0.401194,
      -0.348728,
      0
    ]
  },
  "answerability": {
    "names": [
      "bestLogit",
      "margin",
      "kindHeld",
      "kindMissing",
      "missingRare",
      "sentenceCoverage",
      "coverage",
      "gaps",
      "unknownPhrase",
      "unknownTerms",
      "agreement",
      "questionTerms",
      "asksFigure",
      "asksExpansion",
      "asksDescription",
      "asksFinding"
    ],
    "means": [
      -0.599878,
      0.272296,
      0.490842,
      0.0659341,
      0.2209,
      0.368016,
      0.396594,
      0.0586081,
      0.014652,
      0.0939037,
      0.544322,
      0.597985,
      0.384615,
      0.021978,
      0.150183,
      0.443223
    ],
    "scales": [
      1.53182,
      0.23728,
      0.499916,
      0.248167,
      0.399117,
      0.205778,
      0.224186,
      0.142025,
      0.120155,
      0.129546,
      0.248318,
      0.204595,
      0.486504,
      0.146612,
      0.357251,
      0.496766
    ],
    "intercept": 0.416874,
    "weights": [
      0.300037,
      0.623643,
      0.139317,
      -0.293942,
      -0.151475,
      0.0339237,
      0.540565,
      -0.582101,
      -0.0714632,
      0.174776,
      -0.193252,
      0.0818616,
      -0.00119805,
      0.210727,
      -0.0940857,
      0.00664288
    ]
  },
  "threshold": 0.759964,
  "companion": 0
};

export const ANSWER_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-07T21:21:43.606Z",
  "commit": "60cdcee",
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
    "l2": 0.3,
    "threshold": 0.759964,
    "companion": 0,
    "precisionTarget": 0.85
  },
  "outOfFold": {
    "recall@1": 0.618421,
    "recall@5": 0.855263,
    "recall@10": 0.890351,
    "mrr@10": 0.715361,
    "answer_acc": 0.385965,
    "abstain_acc": 0.866667,
    "false_abstain_rate": 0.565789,
    "precision_answered": 0.838095,
    "wrong_answer_rate": 0.0622711
  },
  "lockboxFigures": {
    "recall@1": 0.709302,
    "recall@5": 1,
    "recall@10": 1,
    "mrr@10": 0.810659,
    "answer_acc": 0.313953,
    "abstain_acc": 1,
    "false_abstain_rate": 0.662791,
    "precision_answered": 0.931034,
    "wrong_answer_rate": 0.0190476
  }
};
