import fc from "fast-check";

/** Property tests are deterministic: one seed for every run (override with FC_SEED to explore). */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
