import type { ExcerptSet } from "../types.js";
import { renderCsv } from "./csv.js";
import { renderDocx } from "./docx.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";

import type { ExcerptFormat } from "./formats.js";

export { EXCERPT_FORMATS, isExcerptFormat, type ExcerptFormat } from "./formats.js";

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
