import type { IndexSnapshot } from "../index/snapshot.js";
import { words } from "../index/terms.js";
import { compoundsIn } from "./compounds.js";

/**
 * Words to look for besides the asker's own, counting for less: acronyms both ways (the glossary),
 * words the documents write as one ("break down" → "breakdown"), and the formal word for an everyday
 * one ("kids" → "children"), since practitioners type in Slack as they speak and reports are written formally.
 */
export function expansionsOf(snapshot: IndexSnapshot, text: string): string[] {
  const everyday = words(text.toLowerCase()).flatMap((w) => EVERYDAY_WORDS[w] ?? []);
  return [...new Set([...snapshot.glossary.expansions(text), ...compoundsIn(text, snapshot.lexical), ...everyday])];
}

const EVERYDAY_WORDS: Record<string, string> = {
  kid: "child",
  kids: "children",
  teen: "young person",
  teens: "young people",
  teenager: "young person",
  teenagers: "young people",
  mum: "mother",
  mums: "mothers",
  dad: "father",
  dads: "fathers",
};
