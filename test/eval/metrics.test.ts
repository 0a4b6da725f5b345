import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerCorrect, firstHitRank, formatReport, score, type EvalQuestion } from "../../src/eval/metrics.js";

const q = (id: string, quote: string, answers: string[], type = "fact"): EvalQuestion => ({
  id,
  question: "?",
  answers,
  evidence: quote ? [{ doc: "d", quote }] : [],
  type: quote ? type : "unanswerable",
});

describe("eval metrics (score.py definitions)", () => {
  it("counts a hit at 80% of the quote's tokens, within the first 1,600 characters", () => {
    const question = q("a", "one two three four five", []);
    expect(firstHitRank(question, [{ text: "x" }, { text: "one two three four" }])).toBe(2);
    expect(firstHitRank(question, [{ text: "one two three" }])).toBeNull();
    expect(firstHitRank(question, [{ text: `${"z ".repeat(800)}one two three four five` }])).toBeNull();
  });
  it("accepts an answer containing a gold string, folded, and rejects one over 800 characters", () => {
    const question = q("a", "x", ["Kirklees Council"]);
    expect(answerCorrect(question, { id: "a", answered: true, answer: "It is  kirklees council.", passages: [] })).toBe(true);
    expect(answerCorrect(question, { id: "a", answered: false, answer: "Kirklees Council", passages: [] })).toBe(false);
    expect(answerCorrect(question, { id: "a", answered: true, answer: `Kirklees Council ${"x".repeat(800)}`, passages: [] })).toBe(false);
  });
  it("computes recall, MRR, answer and abstention rates", () => {
    const qs = [q("a", "alpha beta", ["alpha"]), q("b", "gamma delta", ["gamma"]), q("c", "", [])];
    const rs = [
      { id: "a", answered: true, answer: "alpha", passages: [{ text: "alpha beta" }] },
      { id: "b", answered: false, answer: "", passages: [{ text: "no" }, { text: "gamma delta" }] },
      { id: "c", answered: false, answer: "", passages: [] },
    ];
    const { metrics } = score(qs, rs);
    expect(metrics["recall@1"]).toBe(0.5);
    expect(metrics["mrr@10"]).toBe(0.75);
    expect(metrics.answer_acc).toBe(0.5);
    expect(metrics.abstain_acc).toBe(1);
    expect(metrics.false_abstain_rate).toBe(0.5);
    expect(metrics.precision_answered).toBe(1);
    expect(metrics.wrong_answer_rate).toBe(0);
  });
  it("counts an answered unanswerable question and a wrong answer against precision", () => {
    const qs = [q("a", "alpha beta", ["alpha"]), q("b", "gamma delta", ["gamma"]), q("c", "", []), q("d", "", [])];
    const rs = [
      { id: "a", answered: true, answer: "alpha", passages: [] },
      { id: "b", answered: true, answer: "delta", passages: [] },
      { id: "c", answered: true, answer: "anything", passages: [] },
      { id: "d", answered: false, answer: "", passages: [] },
    ];
    const { metrics } = score(qs, rs);
    expect(metrics.precision_answered).toBeCloseTo(1 / 3);
    expect(metrics.wrong_answer_rate).toBe(0.5);
  });
  it.skipIf(!existsSync("../shared/eval/score.py"))("prints the same report as the reference scorer", () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-metrics-"));
    const qs = [q("a", "alpha beta", ["alpha"], "number"), q("b", "gamma delta", ["gamma"]), q("c", "", [])];
    const rs = [
      { id: "a", answered: true, answer: "alpha", passages: [{ text: "alpha beta" }] },
      { id: "b", answered: true, answer: "nope", passages: [{ text: "gamma" }] },
    ];
    writeFileSync(join(dir, "q.jsonl"), qs.map((x) => JSON.stringify(x)).join("\n"));
    writeFileSync(join(dir, "r.jsonl"), rs.map((x) => JSON.stringify(x)).join("\n"));
    const py = spawnSync("python3", ["../shared/eval/score.py", join(dir, "q.jsonl"), join(dir, "r.jsonl"), "--per-type"], {
      encoding: "utf8",
    });
    expect(py.status).toBe(0);
    expect(formatReport(qs, rs).trim()).toBe(py.stdout.trim());
  });
});
