/** The public question sets the answer model learns from and is judged on (../shared exists in development and CI only). */
export const PUBLIC_QUESTION_FILES = ["../shared/eval/questions.jsonl", "../shared/eval/more-questions.jsonl", "docs/team-questions.jsonl"];
