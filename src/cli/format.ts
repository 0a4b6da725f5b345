import { formatDate } from "../corpus/dates.js";
import { whereText } from "../answer/view.js";
import type { Passage } from "../retrieve/types.js";

/** Plain-text rendering for terminals: where a passage comes from, in words a practitioner can follow. */

export function formatPassage(p: Passage, n: number, maxChars = 600): string {
  const where = whereText(p.locator);
  const also = p.alsoIn.length ? `\n    also in: ${p.alsoIn.join(", ")}` : "";
  const text = p.text.length > maxChars ? `${p.text.slice(0, maxChars)}…` : p.text;
  return `[${n}] ${p.title} (${formatDate(p.date)})${where ? ` — ${where}` : ""}  score ${p.score.toFixed(4)}\n    ${p.source}${also}\n${indent(text)}`;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}
