import everyday from "./everyday.json" with { type: "json" };
import { parseVocabulary, type VocabularyEntry } from "../../corpus/vocabularyFile.js";

/**
 * How people in the UK name services and situations in everyday and British English ("cabbies", "casualty",
 * "the hub", "kicked out"), with the words guidance uses for them: see everyday.json's "about".
 */
export const EVERYDAY_VOCABULARY: VocabularyEntry[] = parseVocabulary(everyday, "everyday.json");
