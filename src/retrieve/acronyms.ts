import { ACRONYM } from "../index/glossary.js";

const ACRONYM_IN_TEXT = new RegExp(`(?<![\\w&])${ACRONYM}(?![\\w&])`, "g");

/** Acronyms a text uses ("CSPR", "DfE", "A&E"), without a plural s. */
export function acronymsIn(text: string): string[] {
  return [...text.matchAll(ACRONYM_IN_TEXT)].map((m) => m[0].replace(/(?<=[A-Z])s$/, ""));
}
