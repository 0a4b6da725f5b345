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
      0.108878,
      0.321202,
      0.0724721,
      0.324354,
      0.101797,
      0.537902,
      0.600584,
      0.368171,
      0.130474,
      0.270975,
      0.0211299,
      0.394297,
      0.278571,
      0.151944,
      0.412337,
      0.0603419,
      0.0241368,
      0.0209521,
      0.174489,
      0.0125712,
      0.0164264,
      0.00771036,
      0.192005,
      0.00435803,
      0
    ],
    "scales": [
      0.134318,
      0.198669,
      0.118444,
      0.188303,
      0.13343,
      0.194295,
      0.205472,
      0.185294,
      0.125203,
      0.436446,
      0.074855,
      0.28161,
      0.406809,
      0.358967,
      0.492255,
      0.238119,
      0.153474,
      0.143224,
      0.379529,
      0.111415,
      0.127109,
      0.0874695,
      0.393877,
      0.0658714,
      1
    ],
    "intercept": -5.32217,
    "weights": [
      0.405016,
      -0.255852,
      0.246805,
      -0.267671,
      -0.167868,
      -0.00165565,
      0.215417,
      -0.0758551,
      -0.0139651,
      -0.230236,
      -0.031614,
      0.479737,
      0.0980791,
      0.446219,
      -0.82785,
      -0.729253,
      -0.177965,
      0.0251532,
      -0.517891,
      -0.0881587,
      -0.151571,
      -0.0900636,
      -0.342713,
      -0.224405,
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
      -0.566859,
      0.269493,
      0.494505,
      0.0622711,
      0.217237,
      0.366738,
      0.397618,
      0.0500611,
      0.014652,
      0.0939037,
      0.532601,
      0.597985,
      0.384615,
      0.021978,
      0.150183,
      0.443223
    ],
    "scales": [
      1.41023,
      0.234826,
      0.49997,
      0.241647,
      0.39653,
      0.206362,
      0.226145,
      0.125733,
      0.120155,
      0.129546,
      0.244798,
      0.204595,
      0.486504,
      0.146612,
      0.357251,
      0.496766
    ],
    "intercept": 0.509997,
    "weights": [
      0.19248,
      0.765462,
      0.104817,
      -0.271566,
      -0.124515,
      -0.00773414,
      0.548319,
      -0.575588,
      -0.0502122,
      0.162016,
      -0.0789718,
      -0.0259156,
      -0.0162062,
      0.134999,
      -0.0703309,
      0.0266076
    ]
  },
  "threshold": 0.740248,
  "companion": 0
};

export const ANSWER_MODEL_FITTED_ON: Provenance = {
  "fittedAt": "2026-12-07T22:03:59.465Z",
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
    "l2": 3,
    "threshold": 0.740248,
    "companion": 0,
    "precisionTarget": 0.85
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
