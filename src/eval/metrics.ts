/**
 * The metrics of ../shared/eval/score.py, with the same definitions: a passage (its first 1,600
 * characters) is a hit when it holds ≥ 80% of an evidence quote's lower-case word tokens (as a
 * multiset); an answer is right when, at most 800 characters long, it contains a gold answer.
 */

export interface EvalQuestion {
  id: string;
  question: string;
  answers: string[];
  evidence: { doc: string; quote: string }[];
  type: string;
  difficulty?: string;
}

export interface EvalResult {
  id: string;
  answered: boolean;
  answer: string;
  passages: { text: string }[];
}

export interface Metrics {
  "recall@1": number | null;
  "recall@5": number | null;
  "recall@10": number | null;
  "mrr@10": number | null;
  answer_acc: number | null;
  abstain_acc: number | null;
  false_abstain_rate: number | null;
  precision_answered: number | null;
  wrong_answer_rate: number | null;
}

export interface TypeRow {
  type: string;
  n: number;
  hit5: number;
  acc: number;
  abst: number;
}

export const HIT_THRESHOLD = 0.8;
export const PASSAGE_MAX_CHARS = 1600;
export const ANSWER_MAX_CHARS = 800;

export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

const FOLD: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "`": "'",
  "\u2013": "-",
  "\u2014": "-",
  "\u00a0": " ",
};

export function norm(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201c\u201d`\u2013\u2014\u00a0]/g, (c) => FOLD[c])
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

function counter(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function isAnswerable(q: EvalQuestion): boolean {
  return q.evidence.length > 0 && q.type !== "unanswerable";
}

export function firstHitRank(q: EvalQuestion, passages: { text: string }[], maxRank = 10): number | null {
  const quotes = q.evidence.map((e) => tokens(e.quote)).map((t) => ({ counts: counter(t), size: t.length }));
  for (const [i, p] of passages.slice(0, maxRank).entries()) {
    const pc = counter(tokens((p.text ?? "").slice(0, PASSAGE_MAX_CHARS)));
    const hit = quotes.some(({ counts, size }) => {
      if (size === 0) return false;
      let overlap = 0;
      for (const [t, c] of counts) overlap += Math.min(c, pc.get(t) ?? 0);
      return overlap >= HIT_THRESHOLD * size;
    });
    if (hit) return i + 1;
  }
  return null;
}

export function answerCorrect(q: EvalQuestion, r: EvalResult | undefined): boolean {
  if (!r || r.answered !== true) return false;
  const answer = norm(r.answer ?? "");
  if (answer.length > ANSWER_MAX_CHARS) return false;
  return q.answers.some((g) => norm(g) !== "" && answer.includes(norm(g)));
}

export function score(questions: EvalQuestion[], results: EvalResult[]): { metrics: Metrics; perType: TypeRow[] } {
  const byId = new Map(results.map((r) => [r.id, r]));
  const answerable = questions.filter(isAnswerable);
  const unanswerable = questions.filter((q) => !isAnswerable(q));
  const rows = new Map<string, TypeRow>();
  const row = (t: string) => rows.get(t) ?? rows.set(t, { type: t, n: 0, hit5: 0, acc: 0, abst: 0 }).get(t)!;
  const hits = { 1: 0, 5: 0, 10: 0 };
  let rr = 0;
  let acc = 0;
  let falseAbstain = 0;
  let answeredCount = 0;
  for (const q of answerable) {
    const r = byId.get(q.id);
    const rank = firstHitRank(q, r?.passages ?? []);
    for (const k of [1, 5, 10] as const) if (rank !== null && rank <= k) hits[k]++;
    if (rank !== null) rr += 1 / rank;
    const ok = answerCorrect(q, r);
    acc += Number(ok);
    if (r && r.answered === false) falseAbstain++;
    if (r && r.answered === true) answeredCount++;
    const t = row(q.type);
    t.n++;
    t.hit5 += Number(rank !== null && rank <= 5);
    t.acc += Number(ok);
  }
  let abstained = 0;
  for (const q of unanswerable) {
    const answered = byId.get(q.id)?.answered;
    const ok = answered === false;
    abstained += Number(ok);
    if (answered === true) answeredCount++;
    const t = row(q.type);
    t.n++;
    t.abst += Number(ok);
  }
  const ratio = (n: number, d: number) => (d ? n / d : null);
  const na = answerable.length;
  return {
    metrics: {
      "recall@1": ratio(hits[1], na),
      "recall@5": ratio(hits[5], na),
      "recall@10": ratio(hits[10], na),
      "mrr@10": ratio(rr, na),
      answer_acc: ratio(acc, na),
      abstain_acc: ratio(abstained, unanswerable.length),
      false_abstain_rate: ratio(falseAbstain, na),
      precision_answered: ratio(acc, answeredCount),
      wrong_answer_rate: ratio(answeredCount - acc, questions.length),
    },
    perType: [...rows.values()].sort((a, b) => a.type.localeCompare(b.type)),
  };
}

export function fmt(x: number | null): string {
  return x === null ? "nan" : x.toFixed(3);
}

/** The report in score.py's words, its one-line summary last. */
export function formatReport(questions: EvalQuestion[], results: EvalResult[], perType = true): string {
  const { metrics, perType: rows } = score(questions, results);
  const ids = new Set(results.map((r) => r.id));
  const missing = questions.filter((q) => !ids.has(q.id)).map((q) => q.id);
  const na = questions.filter(isAnswerable).length;
  const lines = [
    `questions=${questions.length} answerable=${na} unanswerable=${questions.length - na} results=${ids.size} missing_results=${missing.length}`,
  ];
  if (missing.length) lines.push(`missing ids: ${missing.slice(0, 30).join(" ")}${missing.length > 30 ? " ..." : ""}`);
  for (const [k, v] of Object.entries(metrics)) lines.push(`${k.padEnd(20)} ${fmt(v)}`);
  if (perType) {
    lines.push("per type (answerable: recall@5 / answer_acc; unanswerable: abstain_acc):");
    for (const t of rows) {
      const n = String(t.n).padStart(3);
      lines.push(
        t.type === "unanswerable"
          ? `  ${t.type.padEnd(15)} n=${n} abstain_acc=${fmt(t.n ? t.abst / t.n : null)}`
          : `  ${t.type.padEnd(15)} n=${n} recall@5=${fmt(t.n ? t.hit5 / t.n : null)} answer_acc=${fmt(t.n ? t.acc / t.n : null)}`,
      );
    }
  }
  lines.push(
    `recall@5=${fmt(metrics["recall@5"])} mrr@10=${fmt(metrics["mrr@10"])} answer_acc=${fmt(metrics.answer_acc)} ` +
      `abstain_acc=${fmt(metrics.abstain_acc)} n=${questions.length}`,
  );
  return lines.join("\n");
}
