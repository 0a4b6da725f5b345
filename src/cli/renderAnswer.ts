import type { Answer } from "../answer/types.js";
import { answerView } from "../answer/view.js";

/** An Answer as plain terminal text: urgent notice first, the answer, numbered sources, then notices. */
export function renderAnswer(a: Answer, now: Date = new Date()): string {
  const view = answerView(a, now);
  const sources = view.sources.map((s, i) => {
    const older = s.older ? ", older document" : "";
    return `  [${i + 1}] ${s.title} (${s.date}${older})${s.where ? ` — ${s.where}` : ""}\n      ${s.source}${s.url ? ` ${s.url}` : ""}`;
  });
  const closest = view.closest.map((d, i) => `  [${i + 1}] ${d.title} (${d.date})\n      ${d.source}`);
  return [
    ...(view.urgent ? [`!! ${view.urgent}`] : []),
    view.body || "Please type a question.",
    ...(sources.length ? ["Sources:", ...sources] : []),
    ...(closest.length ? ["Closest documents:", ...closest] : []),
    ...view.notices.map((n) => `Note: ${n.text}`),
  ].join("\n");
}
