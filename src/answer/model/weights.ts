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
      0.108188,
      0.314332,
      0.0724928,
      0.320683,
      0.101335,
      0.528378,
      0.607278,
      0.35508,
      0.132061,
      0.278287,
      0.0214407,
      0.392257,
      0.298128,
      0.156552,
      0.412742,
      0.0714346,
      0.024595,
      0.0203139,
      0.181063,
      0.0122555,
      0.0258541,
      0.0112482,
      0.189793,
      0.00453286,
      0.0307227
    ],
    "scales": [
      0.133547,
      0.199524,
      0.117298,
      0.187686,
      0.131886,
      0.195204,
      0.201062,
      0.187021,
      0.125625,
      0.439818,
      0.0749753,
      0.27921,
      0.382027,
      0.363378,
      0.492327,
      0.257549,
      0.154887,
      0.141072,
      0.38507,
      0.110024,
      0.1587,
      0.105459,
      0.392137,
      0.0671738,
      0.172566
    ],
    "intercept": -5.44292,
    "weights": [
      0.349779,
      -0.311335,
      0.218347,
      -0.328318,
      -0.174787,
      0.0928951,
      0.190888,
      -0.0134751,
      -0.0387335,
      -0.217331,
      -0.0247431,
      0.604619,
      -0.00542728,
      0.458727,
      -0.759453,
      -0.519722,
      -0.23374,
      -0.278547,
      -0.427116,
      -0.0805476,
      -0.323473,
      -0.106452,
      -0.444371,
      -0.208649,
      -0.075244
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
      -0.645375,
      0.268004,
      0.494505,
      0.0622711,
      0.226779,
      0.360327,
      0.387094,
      0.0561661,
      0.021978,
      0.0978173,
      0.550916,
      0.604396,
      0.384615,
      0.021978,
      0.150183,
      0.443223
    ],
    "scales": [
      1.53069,
      0.237034,
      0.49997,
      0.241647,
      0.403863,
      0.205825,
      0.223069,
      0.140133,
      0.146612,
      0.130991,
      0.239828,
      0.202344,
      0.486504,
      0.146612,
      0.357251,
      0.496766
    ],
    "intercept": 0.500289,
    "weights": [
      -0.14441,
      0.723364,
      0.194336,
      -0.355855,
      -0.281878,
      0.101781,
      0.74742,
      -0.711858,
      -0.138295,
      0.0881943,
      0.0196017,
      0.0629929,
      0.0271093,
      0.150639,
      -0.0674691,
      -0.0224871
    ]
  },
  "threshold": 0.672076,
  "companion": 0
};

export const ANSWER_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-07T15:04:49.328Z",
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
    "l2": 3,
    "threshold": 0.672076,
    "companion": 0,
    "precisionTarget": 0.85
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
