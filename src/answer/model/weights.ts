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
      0.108793,
      0.320604,
      0.0724073,
      0.323816,
      0.101728,
      0.537012,
      0.600875,
      0.367695,
      0.130323,
      0.270792,
      0.0211233,
      0.394299,
      0.278638,
      0.151731,
      0.41244,
      0.0603571,
      0.0241428,
      0.0209573,
      0.174533,
      0.0125744,
      0.0196999,
      0.00779613,
      0.191969,
      0.00435912,
      0
    ],
    "scales": [
      0.13433,
      0.198894,
      0.118428,
      0.188527,
      0.133425,
      0.195188,
      0.20582,
      0.185607,
      0.125241,
      0.436348,
      0.0748581,
      0.281649,
      0.407042,
      0.35876,
      0.492274,
      0.238147,
      0.153493,
      0.143241,
      0.379567,
      0.111428,
      0.138967,
      0.0879508,
      0.393849,
      0.0658796,
      1
    ],
    "intercept": -4.98875,
    "weights": [
      0.336142,
      -0.259577,
      0.283224,
      -0.24368,
      -0.15132,
      -0.0572932,
      0.185925,
      -0.00808612,
      -0.00285704,
      -0.209221,
      -0.023785,
      0.416501,
      0.125076,
      0.414376,
      -0.635841,
      -0.449558,
      -0.116718,
      -0.0130725,
      -0.378556,
      -0.0689287,
      -0.144179,
      -0.0753398,
      -0.263619,
      -0.11578,
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
      -0.667853,
      0.251573,
      0.487179,
      0.0695971,
      0.213574,
      0.370551,
      0.399572,
      0.0537241,
      0.018315,
      0.0952962,
      0.550183,
      0.598291,
      0.384615,
      0.021978,
      0.150183,
      0.443223
    ],
    "scales": [
      1.25609,
      0.219003,
      0.499836,
      0.254467,
      0.393892,
      0.205642,
      0.224353,
      0.129034,
      0.134088,
      0.130131,
      0.245416,
      0.205007,
      0.486504,
      0.146612,
      0.357251,
      0.496766
    ],
    "intercept": 0.576972,
    "weights": [
      0.191082,
      0.691745,
      0.078189,
      -0.142184,
      -0.144249,
      0.176765,
      0.341536,
      -0.691369,
      -0.114144,
      0.116038,
      -0.0214472,
      -0.0182449,
      0.0196681,
      0.125391,
      -0.070124,
      -0.00583883
    ]
  },
  "threshold": 0.711868,
  "companion": 0
};

export const ANSWER_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-07T22:42:24.023Z",
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
    "l2": 30,
    "threshold": 0.711868,
    "companion": 0,
    "precisionTarget": 0.85
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
