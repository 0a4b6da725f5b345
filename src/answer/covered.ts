import { words } from "../index/terms.js";
import { stemsOf, type Query } from "../retrieve/query.js";
import type { Passage } from "../retrieve/types.js";
import { documentName } from "./body.js";
import { formatMonthYear } from "./render.js";

/**
 * When the guidance does not answer, what it does say: the document that comes nearest and the words of
 * the question it mentions ("The JTAI letter (August 2022) mentions “Safe Zones”, but does not say more
 * that answers this."), so the asker knows whether to read on or to ask someone.
 */
export function coveredText(query: Query, passages: Passage[]): string | null {
  const top = passages[0];
  if (!top) return null;
  const held = new Set(stemsOf(`${top.text} ${top.headingPath.join(" ")}`));
  const topic = topicWords(query).filter((w) => stemsOf(w).every((s) => held.has(s)));
  if (!topic.length) return null;
  const name = documentName(top);
  const when = /^\d{4}-\d{2}/.test(top.date) ? ` (${formatMonthYear(top.date)})` : "";
  return `${name[0]!.toUpperCase()}${name.slice(1)}${when} mentions ${topic.map((t) => `“${t}”`).join(" and ")}, but not in a way that answers this.`;
}

/** The question's two most telling words or names, as the asker wrote them. */
function topicWords(query: Query): string[] {
  const candidates = words(query.text).filter((w) => stemsOf(w).length === 1 && !/^\d+$/.test(w));
  const weight = (w: string) => query.weights.get(stemsOf(w)[0]!) ?? 0;
  const ranked = [...new Set(candidates)].sort((a, b) => weight(b) - weight(a));
  return ranked.slice(0, 2).filter((w) => weight(w) > 0);
}
