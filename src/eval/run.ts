import { readFile } from "node:fs/promises";
import type { Answer } from "../answer/types.js";
import { toPassageJson, type PassageJson } from "../retrieve/types.js";
import type { EvalQuestion } from "./metrics.js";

/** One result line per question (DESIGN.md, "Eval"), shaped from the same Answer every surface shows. */

export interface EvalLine {
  id: string;
  answered: boolean;
  answer: string;
  notices: string[];
  passages: PassageJson[];
  citations: { source: string; quote: string; locator: Answer["citations"][number]["locator"]; url?: string }[];
}

export function evalLine(id: string, a: Answer): EvalLine {
  return {
    id,
    answered: a.answered,
    answer: a.text,
    notices: a.notices.map((n) => n.text),
    passages: a.passages.map(toPassageJson),
    citations: a.citations.map((c) => ({ source: c.source, quote: c.quote, locator: c.locator, ...(c.url ? { url: c.url } : {}) })),
  };
}

export async function readQuestions(path: string): Promise<EvalQuestion[]> {
  const text = await readFile(path, "utf8");
  return text
    .split("\n")
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l)
    .map(([l, n]) => {
      try {
        const q = JSON.parse(l) as Partial<EvalQuestion>;
        return {
          id: String(q.id),
          question: String(q.question ?? ""),
          answers: q.answers ?? [],
          evidence: q.evidence ?? [],
          type: q.type ?? "unknown",
          difficulty: q.difficulty,
        };
      } catch (e) {
        throw new Error(`${path}:${n}: bad JSON: ${(e as Error).message}`, { cause: e });
      }
    });
}
