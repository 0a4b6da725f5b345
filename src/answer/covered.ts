import { words } from "../index/terms.js";
import { stemsOf, type Query } from "../retrieve/query.js";
import type { Passage } from "../retrieve/types.js";
import { documentName } from "./body.js";
import { formatMonthYear } from "../corpus/dates.js";

/**
 * When the guidance does not answer, what it does say: the document that comes nearest and the words of
 * the question it mentions ("The JTAI letter (August 2022) mentions “Safe Zones”, but does not say more
 * that answers this."), so the asker knows whether to read on or to ask someone.
 */
export function coveredText(query: Query, passages: Passage[]): string | null {
  const top = passages[0];
  if (!top) return null;
  const held = new Set(stemsOf(`${top.text} ${top.headingPath.join(" ")}`));
  const topic = heaviestRunHeld(query, held);
  if (!topic) return null;
  const name = namedWithMonth(top);
  return `${name[0].toUpperCase()}${name.slice(1)} mentions “${topic}”, but not in a way that answers this.`;
}

/**
 * The words of the question, as the asker wrote them, that the document holds and that say most: the run
 * of consecutive held words ("child protection plans") whose weights add up to the most.
 */
function heaviestRunHeld(query: Query, held: Set<string>): string | null {
  const weight = (w: string) => query.weights.get(stemsOf(w)[0] ?? "") ?? 0;
  let best: { words: string[]; weight: number } | null = null;
  let run: string[] = [];
  for (const w of [...words(query.text), ""]) {
    const stems = stemsOf(w);
    if (w && stems.length === 1 && !/\d/.test(w) && held.has(stems[0])) {
      run.push(w);
      continue;
    }
    const total = run.reduce((sum, x) => sum + weight(x), 0);
    if (run.length && (!best || total > best.weight)) best = { words: run.slice(-MAX_TOPIC_WORDS), weight: total };
    run = [];
  }
  return best && best.weight > 0 ? best.words.join(" ") : null;
}

const MAX_TOPIC_WORDS = 4;

/**
 * When the reply is not an answer (the nearest sentence gives no figure, or a figure for another year, or the
 * model is not sure enough), what the nearest passage does say, quoted whole (its sentences the answerer
 * would have quoted), and why it falls short: "The nearest it comes is Ofsted's inspection report (November
 * 2016): “…652 children…”; it is about 2016, and the documents give nothing for 2023."
 */
export function nearestText(sentences: { passage: Passage; text: string }[], shortfall: string | null): string | null {
  const lead = sentences[0];
  if (!lead || !shortfall) return null;
  const quotes = sentences.filter((s) => s.passage.id === lead.passage.id).map((s) => `“${s.text}”`);
  return `The nearest it comes is ${namedWithMonth(lead.passage)}: ${quotes.join(" ")}; ${shortfall}.`;
}

/** "the JTAI letter (August 2022)"; an undated document gets no date rather than an invented one. */
function namedWithMonth(p: Passage): string {
  return `${documentName(p)}${/^\d{4}-\d{2}/.test(p.date) ? ` (${formatMonthYear(p.date)})` : ""}`;
}
