import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ANSWER_MODEL, ANSWER_MODEL_FITTED_ON } from "../../src/answer/model/weights.js";
import { inLockbox, LOCKBOX_SALT, PUBLIC_QUESTION_FILES } from "../../src/eval/questionFiles.js";
import { readQuestions } from "../../src/eval/run.js";
import { RETRIEVAL_MODEL, RETRIEVAL_MODEL_FITTED_ON } from "../../src/retrieve/model/weights.js";
import { rank, type Candidate } from "../../src/retrieve/search.js";
import { queryOf } from "../../src/retrieve/query.js";

/** Each weight file says what it was fitted on; a model whose features the code no longer has fails loudly. */

describe("weight provenance", () => {
  it.each([
    ["retrieval", RETRIEVAL_MODEL_FITTED_ON],
    ["answer", ANSWER_MODEL_FITTED_ON],
  ])("the %s model records its question files, lockbox, embedding and settings", (_name, fitted) => {
    expect(fitted.questionFiles.map((f) => f.file)).toEqual(PUBLIC_QUESTION_FILES);
    expect(fitted.lockbox.salt).toBe(LOCKBOX_SALT);
    expect(fitted.embedding.model).toMatch(/\S/);
    expect(fitted.commit).toMatch(/^[0-9a-f]{7,}$|^unknown$/);
    expect(fitted.outOfFold.precision_answered).toBeGreaterThan(0);
    for (const f of fitted.questionFiles) expect(f.fittedOn).toBeLessThan(f.questions);
  });

  it("records the answer model's own threshold and companion share", () => {
    expect(ANSWER_MODEL_FITTED_ON.settings.threshold).toBeCloseTo(ANSWER_MODEL.threshold, 5);
    expect(ANSWER_MODEL_FITTED_ON.settings.companion).toBe(ANSWER_MODEL.companion);
  });

  it.skipIf(!existsSync("../shared/eval/questions.jsonl"))(
    "names the question files as they are, and fitted on none of the lockbox",
    async () => {
      for (const f of ANSWER_MODEL_FITTED_ON.questionFiles) {
        expect(createHash("sha256").update(readFileSync(f.file)).digest("hex")).toBe(f.sha256);
        const questions = await readQuestions(f.file);
        expect(questions.filter((q) => !inLockbox(q.id))).toHaveLength(f.fittedOn);
      }
    },
  );
});

describe("the retrieval model's feature names", () => {
  it("refuses a model with a feature the code no longer has, naming it", () => {
    const query = queryOf("caseloads", { idf: () => 1, expand: () => [], known: () => true });
    const candidate = { chunk: { id: "c" }, features: { lexical: 1 } } as unknown as Candidate;
    const renamed = { ...RETRIEVAL_MODEL, names: ["lexical", "lexicalRenamed"], weights: [1, 1], means: [0, 0], scales: [1, 1] };
    expect(() => rank([candidate], query, { k: 1 }, renamed)).toThrow(/“lexicalRenamed”.*npm run train/);
  });
});
