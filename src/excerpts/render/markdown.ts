import { formatDate } from "../../corpus/dates.js";
import type { ExcerptSet } from "../types.js";
import { citationText, headerFields, heading } from "./common.js";

/**
 * DESIGN.md, "Excerpts": only excerpt text goes in `>` blocks, and each citation follows on its own line
 * starting with "— ". Excerpt text is never escaped and carries no added marks: a block is the source's
 * words exactly; where it was cut from a longer paragraph, the citation line says so. Each block ends
 * with an empty quote line ("> "), which closes its paragraph: without it, Markdown would read the
 * citation line as a continuation of the quote and render it inside the block.
 */
export function renderMarkdown(set: ExcerptSet): string {
  const out = [`# ${heading(set)}`, "", ...headerFields(set).map(([label, value]) => `- ${label}: ${value}`)];
  if (set.total === 0) out.push("", `Nothing found for “${set.topic}”.`);
  for (const group of set.groups) {
    out.push("", `## ${group.title}`, "", `${[group.publisher, formatDate(group.date), group.source].filter(Boolean).join(" · ")}`);
    for (const e of group.excerpts) {
      const cut = e.leadingEllipsis || e.trailingEllipsis ? " (an extract: the paragraph goes on)" : "";
      out.push("", ...e.text.split("\n").map((line) => `> ${line}`), "> ", `— ${citationText(e.citation)}${cut}`);
    }
  }
  return `${out.join("\n")}\n`;
}
