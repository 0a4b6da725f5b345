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
      0.108175,
      0.319152,
      0.0721879,
      0.323025,
      0.101337,
      0.534514,
      0.605999,
      0.365793,
      0.129714,
      0.274295,
      0.0211715,
      0.39305,
      0.276447,
      0.152844,
      0.409629,
      0.0604991,
      0.0304176,
      0.0209226,
      0.171834,
      0.012604,
      0.0196622,
      0.00781447,
      0.191497,
      0.00436938,
      0
    ],
    "scales": [
      0.133676,
      0.198055,
      0.117755,
      0.1888,
      0.132462,
      0.19527,
      0.201547,
      0.185827,
      0.125168,
      0.438474,
      0.0749543,
      0.280644,
      0.399407,
      0.359837,
      0.491765,
      0.238409,
      0.171733,
      0.143125,
      0.377236,
      0.111558,
      0.138837,
      0.0880534,
      0.393479,
      0.0659567,
      1
    ],
    "intercept": -4.97181,
    "weights": [
      0.347323,
      -0.250887,
      0.272989,
      -0.25545,
      -0.158422,
      -0.0541953,
      0.168944,
      0.014096,
      -0.0166684,
      -0.214026,
      -0.0323237,
      0.391875,
      0.13231,
      0.410528,
      -0.637671,
      -0.450087,
      -0.135642,
      -0.0173447,
      -0.376072,
      -0.0706793,
      -0.139991,
      -0.0783502,
      -0.262597,
      -0.116279,
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
      -0.680608,
      0.249114,
      0.483516,
      0.0732601,
      0.214822,
      0.37018,
      0.397811,
      0.0537241,
      0.018315,
      0.0982177,
      0.545788,
      0.602869,
      0.384615,
      0.021978,
      0.150183,
      0.443223
    ],
    "scales": [
      1.26481,
      0.219345,
      0.499728,
      0.260563,
      0.395837,
      0.204857,
      0.222507,
      0.13215,
      0.134088,
      0.130193,
      0.248052,
      0.201174,
      0.486504,
      0.146612,
      0.357251,
      0.496766
    ],
    "intercept": 0.60268,
    "weights": [
      0.297548,
      0.617082,
      0.105455,
      -0.174399,
      -0.165945,
      0.148944,
      0.315491,
      -0.65815,
      -0.124131,
      0.117453,
      -0.0111435,
      0.00445069,
      0.00697671,
      0.121723,
      -0.0391415,
      -0.0146083
    ]
  },
  "threshold": 0.699047,
  "companion": 0
};

export const ANSWER_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-08T00:07:12.637Z",
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
    "l2": 30,
    "threshold": 0.699047,
    "companion": 0,
    "precisionTarget": 0.85
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
