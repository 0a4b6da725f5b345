import { formatDate } from "../../corpus/dates.js";
import type { ExcerptSet } from "../types.js";
import { citationText, displayText, headerFields, heading } from "./common.js";

/** A standalone page, everything escaped: excerpts in <blockquote>, each citation in <cite> under it. */

export function renderHtml(set: ExcerptSet): string {
  const header = headerFields(set)
    .map(([label, value]) => `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`)
    .join("\n");
  const groups = set.groups.map((g) => {
    const about = [g.publisher, formatDate(g.date), g.source].filter(Boolean).map(esc).join(" · ");
    const excerpts = g.excerpts.map(
      (e) =>
        `<figure>\n<blockquote>${esc(displayText(e))}</blockquote>\n` +
        `<figcaption>— <cite>${esc(citationText(e.citation))}</cite></figcaption>\n</figure>`,
    );
    return `<section>\n<h2>${esc(g.title)}</h2>\n<p class="about">${about}</p>\n${excerpts.join("\n")}\n</section>`;
  });
  const empty = set.total === 0 ? `<p>Nothing found for “${esc(set.topic)}”.</p>` : "";
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(heading(set))}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; color: #444; }
dt { font-weight: 600; }
blockquote { margin: 1rem 0 0.25rem; padding-left: 1rem; border-left: 4px solid #888; font-style: italic; }
figure { margin: 0 0 1.5rem; }
figcaption, .about { color: #444; font-size: 0.9rem; }
cite { font-style: normal; }
</style>
</head>
<body>
<main>
<h1>${esc(heading(set))}</h1>
<dl>
${header}
</dl>
${empty}${groups.join("\n")}
</main>
</body>
</html>
`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
