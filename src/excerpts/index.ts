/** The excerpt exporter's public face, for scripts/excerpts.ts, the terminal chat's /quote and Slack. */
export { findExcerpts, type FindOptions } from "./find.js";
export type { Citation, Excerpt, ExcerptGroup, ExcerptNotice, ExcerptSet, ExcerptSort } from "./types.js";
export { EXCERPT_FORMATS, isExcerptFormat, renderExcerpts, type ExcerptFormat } from "./render/index.js";
export { renderMarkdown } from "./render/markdown.js";
export { renderCsv, CSV_COLUMNS } from "./render/csv.js";
export { renderHtml } from "./render/html.js";
export { renderDocx } from "./render/docx.js";
export { excerptsAsText } from "./render/text.js";
export { citationText, displayText } from "./render/common.js";
