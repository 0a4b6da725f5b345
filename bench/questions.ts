import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { readQuestions } from "../src/eval/run.js";

/** The questions the benchmark asks: the shared eval set when it is there, else a built-in list of 20. */

export const SHARED_QUESTIONS = "../shared/eval/questions.jsonl";

const BUILT_IN = [
  "Who is the principal authority after the joint targeted area inspection?",
  "What did inspectors ask GPs and emergency department staff to do?",
  "What are the areas for improvement in the JTAI letter?",
  "How quickly should a referral to children's social care be made?",
  "What is the role of the MASH?",
  "How are thresholds applied across partner agencies?",
  "What did Ofsted find about the Local Safeguarding Children Board?",
  "What is criminal exploitation of children?",
  "What does the partnership say about early help?",
  "How is professional curiosity described?",
  "What happened to children missing from home or care?",
  "What does the scrutiny panel report say about child sexual exploitation?",
  "What was the overall judgement of the 2016 inspection?",
  "What are the priorities of the safeguarding partnership?",
  "How are return home interviews carried out?",
  "What training is offered to practitioners?",
  "What does the assurance report say about neglect?",
  "Who attends strategy meetings?",
  "What is contextual safeguarding?",
  "How does the partnership learn from case reviews?",
];

export async function benchQuestions(cwd = process.cwd()): Promise<{ questions: string[]; from: string }> {
  const path = resolve(cwd, SHARED_QUESTIONS);
  if (existsSync(path)) {
    const questions = (await readQuestions(path)).map((q) => q.question).filter(Boolean);
    if (questions.length) return { questions, from: SHARED_QUESTIONS };
  }
  return { questions: BUILT_IN, from: "built-in list of 20" };
}
