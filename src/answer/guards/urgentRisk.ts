import type { LogisticModel } from "../../retrieve/logistic.js";
import { readsAsEnglish } from "./language.js";
import { urgentClassifier } from "./urgentModel.js";
import model from "./urgentWeights.json" with { type: "json" };

/**
 * Does the question describe a child at immediate risk now, however it is phrased? Such a question gets
 * the urgent-contact message before anything else (DESIGN.md, "Rules of the domain"). A logistic
 * regression weighs general features of the phrasing and the question's words (urgentModel.ts); its
 * weights are fitted by `npm run fit:urgent` on the labelled sets (URGENT_LABELLED_FILES) and say so in
 * `fittedOn`; docs/EVAL.md reports how it does on sets it was not fitted on. A question the guard cannot
 * read (not English) always counts as urgent.
 */

export const URGENT_MODEL: LogisticModel & { fittedOn: { file: string; sha256: string; questions: number }[] } = model;
const isUrgent = urgentClassifier(URGENT_MODEL);

export function describesImmediateRisk(text: string, known?: (word: string) => boolean): boolean {
  if (!readsAsEnglish(text, known)) return true;
  return isUrgent(text);
}

export const UK_EMERGENCY_LINE = "If a child is in immediate danger, call 999.";

/** Only 999 holds everywhere in the UK; every other number comes from config, verbatim. */
export function urgentMessage(contacts: { urgent: string | null }): string {
  const local = contacts.urgent?.trim();
  if (!local) {
    return (
      `${UK_EMERGENCY_LINE}\n` +
      "Local safeguarding contacts have not been set up here yet: an administrator should configure them (URGENT_CONTACTS)."
    );
  }
  return `${UK_EMERGENCY_LINE}\n${local}`;
}
