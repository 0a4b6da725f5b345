import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/pipeline.js";
import { verbatimChecker } from "../../src/corpus/verbatim.js";
import { readQuestions } from "../../src/eval/run.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

const QUESTIONS = "../shared/eval/questions.jsonl";

describe.skipIf(!existsSync(QUESTIONS))("every cited quote of every eval answer", () => {
  it("is verbatim in its original file", async () => {
    const snapshot = await memorySnapshot("corpus");
    const checkers = new Map<string, (q: string) => boolean>();
    const check = (source: string) =>
      checkers.get(source) ?? checkers.set(source, verbatimChecker(readFileSync(`corpus/${source}`, "utf8"))).get(source)!;
    let cited = 0;
    for (const q of await readQuestions(QUESTIONS)) {
      const a = await answer(q.question, { snapshot, contacts: { urgent: null, local: null } });
      for (const c of a.citations) {
        expect(check(c.source)(c.quote), `${q.id}: ${c.quote}`).toBe(true);
        cited++;
      }
    }
    expect(cited).toBeGreaterThan(40);
  });
});
