import { PARTS_OF_SPEECH, WordNetFiles, type PartOfSpeech, type Synset } from "./wordnetFiles.js";

/**
 * A general English thesaurus over WordNet 3.1: for a word or phrase as typed ("cabbies", "kicked out"),
 * the lemmas of its synsets (synonyms), the words derived from it (pointer `+`), the lemmas one level up
 * (hypernyms) and the content words of its definitions. Opened on first use, never during a reindex.
 */

export interface Relations {
  synonyms: string[];
  derivations: string[];
  hypernyms: string[];
  gloss: string[];
}

/** Senses past these are rare meanings of a word ("casualty" the military loss); they bring noise. */
const SENSES_PER_POS = 3;
const GLOSS_SENSES = 1;
const CACHED = 5_000;

/** Words a definition uses to frame itself, not to say what the thing is. */
const FRAMING = new Set(
  "someone something somebody person people thing one informal term usually especially often used having make made cause act state quality way become give take put informally particular certain".split(
    " ",
  ),
);

/** Regular inflections back to a lemma, WordNet's own detachment rules. */
const DETACH: Record<PartOfSpeech, [string, string][]> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  adv: [],
};

export class Thesaurus {
  private readonly cache = new Map<string, Relations>();

  constructor(private readonly files: WordNetFiles = new WordNetFiles()) {}

  /** The word's relations, "" words and duplicates removed; all empty when WordNet does not know it. */
  relations(phrase: string): Relations {
    const key = phrase.toLowerCase().trim().replace(/\s+/g, "_");
    let found = this.cache.get(key);
    if (!found) {
      if (this.cache.size >= CACHED) this.cache.clear();
      this.cache.set(key, (found = this.lookUp(key)));
    }
    return found;
  }

  close(): void {
    this.files.close();
  }

  private lookUp(key: string): Relations {
    const synonyms = new Set<string>();
    const derivations = new Set<string>();
    const hypernyms = new Set<string>();
    const gloss = new Set<string>();
    for (const pos of PARTS_OF_SPEECH) {
      const lemma = this.lemmaOf(key, pos);
      if (!lemma) continue;
      this.files
        .senses(lemma, pos)
        .slice(0, SENSES_PER_POS)
        .forEach((offset, sense) => {
          const synset = this.files.synset(offset, pos);
          // A derivation belongs to one word of the synset; its spelling variants ("recognize") count as the word.
          const own = (source: number) => source === 0 || lemmaText(synset.words[source - 1] ?? "").slice(0, 5) === lemma.slice(0, 5);
          for (const w of synset.words) synonyms.add(lemmaText(w));
          for (const p of synset.pointers) {
            if (p.symbol === "+" && own(p.source)) derivations.add(wordAt(this.files.synset(p.offset, p.pos), p.target));
            if (p.symbol === "@" || p.symbol === "@i")
              for (const w of this.files.synset(p.offset, p.pos).words) hypernyms.add(lemmaText(w));
          }
          if (sense < GLOSS_SENSES) for (const w of contentWords(synset.definition)) gloss.add(w);
        });
    }
    const typed = key.replace(/_/g, " ");
    const without = (set: Set<string>) => [...set].filter((w) => w && w !== typed);
    return { synonyms: without(synonyms), derivations: without(derivations), hypernyms: without(hypernyms), gloss: without(gloss) };
  }

  /** The lemma WordNet lists for an inflected word or phrase ("cabbies" → "cabby", "kicked_out" → "kick_out"). */
  private lemmaOf(key: string, pos: PartOfSpeech): string | null {
    if (this.files.senses(key, pos).length) return key;
    const parts = key.split("_");
    // A phrase inflects on its head: the first word of a verb phrase, the last of a noun phrase.
    const at = pos === "verb" ? 0 : parts.length - 1;
    const word = parts[at];
    for (const [suffix, ending] of DETACH[pos]) {
      if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
      const candidate = [...parts.slice(0, at), word.slice(0, -suffix.length) + ending, ...parts.slice(at + 1)].join("_");
      if (this.files.senses(candidate, pos).length) return candidate;
    }
    return null;
  }
}

function lemmaText(word: string): string {
  return word
    .replace(/\([a-z]+\)$/, "")
    .replace(/_/g, " ")
    .toLowerCase();
}

function wordAt(synset: Synset, target: number): string {
  return target > 0 ? lemmaText(synset.words[target - 1] ?? "") : "";
}

function contentWords(definition: string): string[] {
  return (definition.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []).filter((w) => w.length > 2 && !FRAMING.has(w) && !STOP.has(w));
}

const STOP = new Set(
  "the and for with from that this which who whom what when where into onto upon than then their there them they its it's not but are was were been being has have had will would can could may might shall should does did done also any all some such only other more most less very about over under after before between".split(
    " ",
  ),
);

let shared: Thesaurus | null = null;

/** The process's one thesaurus, opened on first use. */
export function thesaurus(): Thesaurus {
  return (shared ??= new Thesaurus());
}
