import type { FittedExpansionWeights } from "../expansion.js";
import type { Provenance } from "./provenance.js";

/** Written by `npm run fit:expansions`; do not edit by hand. */
export const EXPANSION_WEIGHTS: FittedExpansionWeights = {
  weights: {
    acronym: 0.5,
    compound: 0.5,
    national: 0.5,
    everyday: 0.5,
    "wordnet-synonym": 0,
    "wordnet-derivation": 0,
    "wordnet-hypernym": 0,
    "wordnet-gloss": 0,
  },
  plainWeight: 0.5,
};

export const EXPANSION_WEIGHTS_FITTED_ON: Provenance | null = null;
