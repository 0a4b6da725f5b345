import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inLockbox, LOCKBOX_SALT, PUBLIC_QUESTION_FILES } from "../../src/eval/questionFiles.js";
import { readQuestions } from "../../src/eval/run.js";
import { DEFAULT_EXPANSION, EXPANSION_SOURCES, expansionSettingsOf } from "../../src/retrieve/expansion.js";
import { EXPANSION_WEIGHTS, EXPANSION_WEIGHTS_FITTED_ON } from "../../src/retrieve/model/expansionWeights.js";
import { RETRIEVAL_MODEL_FITTED_ON } from "../../src/retrieve/model/weights.js";

/** The expansion weights say what they were fitted on, and weights fitted for other code fail loudly. */

describe("the expansion weights' provenance", () => {
  const fitted = EXPANSION_WEIGHTS_FITTED_ON;

  it("records its question files, lockbox, commit, fitting settings and out-of-fold figures", () => {
    expect(fitted.questionFiles.map((f) => f.file)).toEqual(PUBLIC_QUESTION_FILES);
    expect(fitted.lockbox.salt).toBe(LOCKBOX_SALT);
    expect(fitted.lockboxFigures).toBeNull();
    expect(fitted.commit).toMatch(/^[0-9a-f]{7,}$|^unknown$/);
    expect(Date.parse(fitted.fittedAt)).not.toBeNaN();
    expect(fitted.settings.folds).toBeGreaterThan(1);
    expect(fitted.outOfFold["recall@5"]).toBeGreaterThan(0);
    for (const f of fitted.questionFiles) expect(f.fittedOn).toBeLessThan(f.questions);
  });

  it("was fitted on the index the retrieval model was fitted on (its ranking is what the weights were fitted for)", () => {
    expect(fitted.embedding).toEqual(RETRIEVAL_MODEL_FITTED_ON.embedding);
    expect(fitted.chunking).toEqual(RETRIEVAL_MODEL_FITTED_ON.chunking);
  });

  it.skipIf(!existsSync("../shared/eval/questions.jsonl"))(
    "names the question files as they are, and fitted on none of the lockbox",
    async () => {
      for (const f of fitted.questionFiles) {
        expect(createHash("sha256").update(readFileSync(f.file)).digest("hex")).toBe(f.sha256);
        const questions = await readQuestions(f.file);
        expect(questions.filter((q) => !inLockbox(q.id))).toHaveLength(f.fittedOn);
      }
    },
  );
});

describe("reading the expansion weights", () => {
  it("weighs every source the code has, and is what retrieval reads by default", () => {
    expect(Object.keys(EXPANSION_WEIGHTS.weights).sort()).toEqual([...EXPANSION_SOURCES].sort());
    for (const s of EXPANSION_SOURCES) {
      expect(DEFAULT_EXPANSION.weights[s]).toBe(EXPANSION_WEIGHTS.weights[s]);
      expect(DEFAULT_EXPANSION.sources[s]).toBe(EXPANSION_WEIGHTS.weights[s] > 0);
    }
    expect(DEFAULT_EXPANSION.plainWeight).toBe(EXPANSION_WEIGHTS.plainWeight);
  });

  it("refuses weights naming a source the code does not have, or missing one it has, naming it", () => {
    const renamed = { ...EXPANSION_WEIGHTS.weights, "wordnet-renamed": 0.5 };
    expect(() => expansionSettingsOf({ ...EXPANSION_WEIGHTS, weights: renamed })).toThrow(
      /“wordnet-renamed” unknown.*npm run fit:expansions/,
    );
    const { acronym: _dropped, ...missing } = EXPANSION_WEIGHTS.weights;
    expect(() => expansionSettingsOf({ ...EXPANSION_WEIGHTS, weights: missing })).toThrow(/“acronym” missing/);
  });
});
