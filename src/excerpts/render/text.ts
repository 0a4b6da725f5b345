import { formatDate } from "../../corpus/dates.js";
import type { ExcerptSet } from "../types.js";
import { citationText, displayText, headerFields } from "./common.js";

/** Plain text for the terminal chat's /quote: no markup, excerpts indented, citations under them. */
export function excerptsAsText(set: ExcerptSet): string {
  return [...set.notices.map((n) => `${n.text}\n`), listing(set)].join("\n");
}

function listing(set: ExcerptSet): string {
  if (set.total === 0) return set.topic ? `Nothing found for “${set.topic}”. Try other words, or fewer filters.\n` : "";
  const found = headerFields(set).find(([label]) => label === "Found")![1];
  const out = [`Excerpts on “${set.topic}”: ${found} (index ${set.indexVersion})`];
  for (const g of set.groups) {
    out.push("", `${g.title} (${formatDate(g.date)})`);
    for (const e of g.excerpts) out.push(`  “${displayText(e)}”`, `    — ${citationText(e.citation)}`);
  }
  return `${out.join("\n")}\n`;
}
