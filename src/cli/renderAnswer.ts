import type { Answer } from "../answer/types.js";
import { formatDate } from "../answer/render.js";
import { describeLocator } from "./format.js";

/** An Answer as plain terminal text: urgent notice first, the answer, numbered sources, then notices. */
export function renderAnswer(a: Answer): string {
  const urgent = a.notices.filter((n) => n.kind === "urgent").map((n) => `!! ${n.text}`);
  const others = a.notices.filter((n) => n.kind !== "urgent" && n.kind !== "not-covered").map((n) => `Note: ${n.text}`);
  const sources = a.citations.map((c, i) => {
    const where = describeLocator(c.locator);
    return `  [${i + 1}] ${c.title} (${formatDate(c.date)})${where ? ` — ${where}` : ""}\n      ${c.source}${c.url ? ` ${c.url}` : ""}`;
  });
  const closest = a.answered ? [] : a.closestDocuments.map((d, i) => `  [${i + 1}] ${d.title} (${formatDate(d.date)})\n      ${d.source}`);
  return [
    ...urgent,
    a.text || "Please type a question.",
    ...(sources.length ? ["Sources:", ...sources] : []),
    ...(closest.length ? ["Closest documents:", ...closest] : []),
    ...others,
  ].join("\n");
}
