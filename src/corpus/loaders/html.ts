import type * as Cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { LoadedText } from "../types.js";
import { decodeText } from "./text.js";

/** Everything that is page furniture or not text at all. */
const REMOVED = [
  "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg",
  "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[aria-hidden=true]", "[hidden]",
].join(", ");

const BLOCKS = new Set([
  "p", "div", "blockquote", "section", "article", "main", "body", "header", "figure", "figcaption",
  "address", "dl", "dt", "dd", "details", "summary", "caption", "hr",
]);

export async function loadHtml(bytes: Uint8Array): Promise<LoadedText> {
  const warnings: string[] = [];
  const text = await htmlToText(decodeText(bytes, warnings));
  return { text, pageStarts: [], warnings };
}

let parser: Promise<typeof Cheerio> | null = null;

/**
 * The readable text of an HTML page as light markdown: "#" headings, "- " list items, " | " table rows,
 * blocks separated by a blank line. The <title> is not part of the text.
 */
export async function htmlToText(html: string): Promise<string> {
  // Imported on first use: cheerio is about 27 MB, and most corpora and every serving process need none.
  const cheerio = await (parser ??= import("cheerio"));
  const $ = cheerio.load(html);
  $(REMOVED).remove();
  // A <header> inside an article or main usually holds the document's own heading; elsewhere it is the site banner.
  $("header").filter((_, el) => $(el).parents("article, main").length === 0).remove();
  const main = $("main").first();
  const roots = main.length ? main : $("article").length ? $("article") : $("body");

  const render = (nodes: AnyNode[]): string => nodes.map(renderNode).join("");

  const renderNode = (node: AnyNode): string => {
    if (node.type === "text") return node.data.replace(/[ \t\n\r\f]+/g, " ");
    if (node.type !== "tag") return "";
    const el = node;
    const tag = el.tagName.toLowerCase();
    const inner = () => render(el.children);
    if (/^h[1-6]$/.test(tag)) {
      const heading = oneLine(inner());
      return heading ? block(`${"#".repeat(Number(tag[1]))} ${heading}`) : "";
    }
    if (tag === "br") return "\n";
    if (tag === "pre") return block($(el).text().replace(/\r\n?/g, "\n"));
    if (tag === "ul" || tag === "ol") return block(listItems(el).join("\n"));
    if (tag === "li") return block(listItem(el));
    if (tag === "table") return block(tableRows(el).join("\n"));
    if (BLOCKS.has(tag)) return block(inner());
    return inner();
  };

  const listItem = (li: Element): string => {
    const text = render(li.children).replace(/\n[ \t]*\n+/g, "\n").trim();
    return text ? `- ${text}` : "";
  };

  const listItems = (list: Element): string[] =>
    $(list).children("li").toArray().map(listItem).filter(Boolean);

  const tableRows = (table: Element): string[] => {
    const caption = oneLine(render($(table).children("caption").toArray()));
    const rows = $(table)
      .find("tr")
      .filter((_, tr) => $(tr).closest("table")[0] === table)
      .toArray()
      .map((tr) => $(tr).children("td, th").toArray().map((cell) => oneLine(render(cell.children))))
      .filter((cells) => cells.some(Boolean))
      .map((cells) => cells.join(" | "));
    return caption ? [caption, ...rows] : rows;
  };

  return tidy(roots.toArray().map((root) => block(render(root.children))).join(""));
}

function block(text: string): string {
  return `\n\n${text}\n\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/[ \t]+/g, " ").trim();
}

/** Collapse spaces inside each line, drop blank-only lines' spaces and keep at most one blank line. */
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
