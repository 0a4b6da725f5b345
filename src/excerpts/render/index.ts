import type { ExcerptSet } from "../types.js";
import { renderCsv } from "./csv.js";
import { renderDocx } from "./docx.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";

export const EXCERPT_FORMATS = ["md", "csv", "html", "docx", "json"] as const;
export type ExcerptFormat = (typeof EXCERPT_FORMATS)[number];

export function isExcerptFormat(value: string): value is ExcerptFormat {
  return (EXCERPT_FORMATS as readonly string[]).includes(value);
}

export async function renderExcerpts(set: ExcerptSet, format: ExcerptFormat): Promise<string | Buffer> {
  switch (format) {
    case "md":
      return renderMarkdown(set);
    case "csv":
      return renderCsv(set);
    case "html":
      return renderHtml(set);
    case "docx":
      return renderDocx(set);
    case "json":
      return `${JSON.stringify(set, null, 2)}\n`;
  }
}
