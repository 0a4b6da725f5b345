import national from "./national.json" with { type: "json" };
import { parseVocabulary, type VocabularyEntry } from "../../corpus/vocabularyFile.js";

/** The national vocabulary shipped with the product (see national.json's "about" and "sources"). */
export const NATIONAL_VOCABULARY: VocabularyEntry[] = parseVocabulary(national, "national.json");
