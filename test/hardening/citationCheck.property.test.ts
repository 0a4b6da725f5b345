import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAnswer } from "../../src/answer/llm/llmAnswer.js";
import { isVerbatim } from "../../src/corpus/verbatim.js";
import type { Passage } from "../../src/retrieve/types.js";
import { paragraph, word } from "./arbitraries.js";

/** The citation checker never lets a model's quote through unless it is verbatim in the passage it names. */

const RUNS = { numRuns: 400, seed: 7 };

function passageOf(text: string, id = "chunk-1"): Passage {
  return {
    id,
    text,
    score: 1,
    source: "doc.txt",
    title: "Doc",
    date: "2024-01-01",
    type: "guidance",
    locator: { page: null, paragraph: null, section: null },
    headingPath: [],
    alsoIn: [],
    start: 0,
    end: text.length,
  };
}

/** A claim in the quote's own words, so that only the quote's verification can fail it. */
const reply = (quote: string, passageId = "P1") => ({ claims: [{ claim: quote, passage_id: passageId, quote }], answerable: true });
const context = { question: "What does it say?", instructions: [] };

/** A passage and a run of at least four of its words. */
const passageAndQuote = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 3 }), fc.nat(), fc.integer({ min: 4, max: 14 }))
  .map(([paras, from, length]) => {
    const text = paras.join(" ");
    const words = text.split(" ");
    const start = words.length > length ? from % (words.length - length) : 0;
    return { text, quote: words.slice(start, start + length).join(" ") };
  })
  .filter(({ quote }) => quote.split(" ").length >= 4);

describe("checkAnswer", () => {
  it("accepts a run of the passage's own words", () => {
    fc.assert(
      fc.property(passageAndQuote, ({ text, quote }) => {
        const result = checkAnswer(reply(quote), [passageOf(text)], context);
        expect(result.ok).toBe(true);
      }),
      RUNS,
    );
  });

  it("rejects a real quote with one word changed", () => {
    fc.assert(
      fc.property(
        passageAndQuote,
        fc.nat(),
        fc.constantFrom("never", "always", "fourteen", "Leeds", "not"),
        ({ text, quote }, at, replacement) => {
          const quoted = quote.split(" ");
          const i = at % quoted.length;
          fc.pre(quoted[i] !== replacement);
          quoted[i] = replacement;
          const mutated = quoted.join(" ");
          fc.pre(!isVerbatim(mutated, text));
          expect(checkAnswer(reply(mutated), [passageOf(text)], context).ok).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it("never accepts a citation whose quote is not verbatim in the passage it names", () => {
    const randomQuote = fc.oneof(
      fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(" ")),
      fc.string({ maxLength: 60 }),
    );
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 3 }),
        fc.array(randomQuote, { minLength: 1, maxLength: 4 }),
        (paras, quotes) => {
          const passages = paras.map((p, i) => passageOf(p, `chunk-${i}`));
          const model = {
            answerable: true,
            claims: quotes.map((q, i) => ({ claim: q, passage_id: `P${(i % passages.length) + 1}`, quote: q })),
          };
          const result = checkAnswer(model, passages, context);
          if (!result.ok) return;
          for (const c of result.citations) {
            const passage = passages.find((p) => p.id === c.chunkId)!;
            expect(isVerbatim(c.quote, passage.text)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it("rejects a true quote attributed to a passage that does not hold it", () => {
    fc.assert(
      fc.property(passageAndQuote, paragraph, ({ text, quote }, other) => {
        fc.pre(!isVerbatim(quote, other));
        expect(checkAnswer(reply(quote, "P2"), [passageOf(text, "a"), passageOf(other, "b")], context).ok).toBe(false);
      }),
      RUNS,
    );
  });
});
