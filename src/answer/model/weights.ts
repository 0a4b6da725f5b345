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
      0.101294,
      0.302146,
      0.0696946,
      0.305201,
      0.0976346,
      0.509426,
      0.633505,
      0.348921,
      0.119161,
      0.245195,
      0.0201713,
      0.391021,
      0.280918,
      0.158409,
      0.419581,
      0.0666064,
      0.0219197,
      0.0245184,
      0.19643,
      0.00920852,
      0.0195469,
      0.00926501,
      0.192362,
      0.00395458,
      0
    ],
    "scales": [
      0.128472,
      0.190977,
      0.116141,
      0.181173,
      0.13116,
      0.193603,
      0.204672,
      0.180164,
      0.117628,
      0.423641,
      0.0773513,
      0.279461,
      0.375569,
      0.365124,
      0.49349,
      0.249339,
      0.146421,
      0.154652,
      0.397297,
      0.0955182,
      0.138437,
      0.095808,
      0.394156,
      0.062761,
      1
    ],
    "intercept": -5.06773,
    "weights": [
      0.32719,
      -0.273594,
      0.270761,
      -0.323703,
      -0.138778,
      0.0423592,
      0.104914,
      -0.0188356,
      -0.0128823,
      -0.227584,
      -0.13541,
      0.486188,
      0.0687099,
      0.388791,
      -0.735193,
      -0.408126,
      -0.162922,
      -0.140027,
      -0.392557,
      -0.0652512,
      -0.103228,
      -0.0674869,
      -0.277098,
      -0.0374841,
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
      -0.778319,
      0.240331,
      0.5,
      0.0710784,
      0.18755,
      0.345298,
      0.368278,
      0.0604575,
      0.0171569,
      0.113403,
      0.563235,
      0.628268,
      0.392157,
      0.0269608,
      0.151961,
      0.428922
    ],
    "scales": [
      1.23447,
      0.209689,
      0.5,
      0.256956,
      0.377411,
      0.197766,
      0.218423,
      0.13666,
      0.129856,
      0.132528,
      0.250727,
      0.205262,
      0.488231,
      0.161969,
      0.358983,
      0.494922
    ],
    "intercept": 0.468145,
    "weights": [
      -0.045523,
      0.575639,
      0.253182,
      -0.345568,
      -0.208318,
      0.504971,
      0.438992,
      -0.771285,
      -0.187036,
      0.232634,
      0.103503,
      0.160238,
      0.0495144,
      0.266143,
      -0.0821382,
      -0.0763659
    ]
  },
  "threshold": 0.708336,
  "companion": 0
};

export const ANSWER_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-08T02:50:04.043Z",
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
    "l2": 30,
    "threshold": 0.708336,
    "companion": 0,
    "precisionTarget": 0.85
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
