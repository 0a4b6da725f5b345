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
      0.110602,
      0.319727,
      0.0740417,
      0.323296,
      0.103372,
      0.54037,
      0.595095,
      0.366892,
      0.132086,
      0.277831,
      0.0208099,
      0.392892,
      0.298582,
      0.154545,
      0.410931,
      0.08037,
      0.0229144,
      0.0204532,
      0.17992,
      0.0119664,
      0.0177374,
      0.00738352,
      0.189595,
      0.00509208,
      0
    ],
    "scales": [
      0.13689,
      0.198561,
      0.119353,
      0.189092,
      0.134076,
      0.194145,
      0.200856,
      0.186329,
      0.126517,
      0.440163,
      0.0750393,
      0.279662,
      0.384744,
      0.36147,
      0.492003,
      0.271865,
      0.149631,
      0.141545,
      0.384121,
      0.108735,
      0.131995,
      0.0856096,
      0.391981,
      0.0711769,
      1
    ],
    "intercept": -4.99327,
    "weights": [
      0.316659,
      -0.252643,
      0.273475,
      -0.235302,
      -0.165451,
      -0.0462932,
      0.192182,
      0.060696,
      -0.020507,
      -0.158365,
      -0.0176037,
      0.384455,
      0.168086,
      0.40635,
      -0.625826,
      -0.404989,
      -0.209996,
      -0.0080534,
      -0.337249,
      -0.0631996,
      -0.134871,
      -0.0588702,
      -0.308151,
      -0.119667,
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
      -0.732165,
      0.24495,
      0.479853,
      0.0769231,
      0.238466,
      0.375033,
      0.402766,
      0.0622711,
      0.014652,
      0.0927007,
      0.561905,
      0.59127,
      0.384615,
      0.021978,
      0.150183,
      0.443223
    ],
    "scales": [
      1.2651,
      0.215776,
      0.499594,
      0.266469,
      0.411365,
      0.203729,
      0.221739,
      0.144739,
      0.120155,
      0.129015,
      0.243327,
      0.20146,
      0.486504,
      0.146612,
      0.357251,
      0.496766
    ],
    "intercept": 0.425227,
    "weights": [
      0.00929794,
      0.664743,
      0.13147,
      -0.14006,
      -0.186077,
      0.234822,
      0.357028,
      -0.880991,
      -0.0993674,
      0.0995246,
      -0.0338218,
      0.180592,
      0.0518892,
      0.181145,
      -0.0656184,
      -0.0570894
    ]
  },
  "threshold": 0.820679,
  "companion": 0
};

export const ANSWER_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-07T16:07:30.933Z",
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
    "l2": 30,
    "threshold": 0.820679,
    "companion": 0,
    "precisionTarget": 0.85
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
