export const EXCERPT_FORMATS = ["md", "csv", "html", "docx", "json"] as const;
export type ExcerptFormat = (typeof EXCERPT_FORMATS)[number];

export function isExcerptFormat(value: string): value is ExcerptFormat {
  return (EXCERPT_FORMATS as readonly string[]).includes(value);
}
