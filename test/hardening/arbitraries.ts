import fc from "fast-check";

/** Random documents in the shapes the corpus has: headings, paragraphs, lists, numbered paragraphs, tables. */

const WORDS = [
  "child",
  "safeguarding",
  "partnership",
  "the",
  "of",
  "and",
  "practitioners",
  "must",
  "refer",
  "concerns",
  "to",
  "children's",
  "social",
  "care",
  "within",
  "24",
  "hours",
  "MASH",
  "police",
  "health",
  "school",
  "e.g.",
  "i.e.",
  "Dr.",
  "exploitation",
  "assessment",
  "strategy",
  "meeting",
  "section",
  "47",
  "enquiries",
  "multi-agency",
  "“risk”",
  "‘early",
  "help’",
  "2022",
  "0.5%",
  "Kirklees",
  "GP",
  "well-being",
  "re-",
];

export const word = fc.constantFrom(...WORDS);

export const sentence = fc
  .tuple(
    fc.constantFrom("The", "A", "Every", "Practitioners", "In", "Where"),
    fc.array(word, { minLength: 2, maxLength: 18 }),
    fc.constantFrom(".", "!", "?", ";", ""),
  )
  .map(([first, rest, end]) => `${first} ${rest.join(" ")}${end}`);

export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(" "));

const heading = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.array(word, { minLength: 1, maxLength: 6 }))
    .map(([n, w]) => `${"#".repeat(n)} ${w.join(" ")}`),
  fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => `Findings ${w.join(" ")}`),
  fc.integer({ min: 1, max: 20 }).map((n) => `${n}: Agenda item`),
);

const list = fc
  .tuple(fc.constantFrom("-", "*", "•", "(a)", "i)"), fc.array(sentence, { minLength: 1, maxLength: 5 }))
  .map(([bullet, items]) => items.map((s) => `${bullet} ${s}`).join("\n"));

const numbered = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }), paragraph).map(([a, b, p]) => `${a}.${b} ${p}`);

const table = fc
  .array(fc.array(word, { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 4 })
  .map((rows) => rows.map((r) => r.join(" | ")).join("\n"));

/** A long paragraph, to force cuts at sentence ends. */
const longParagraph = fc.array(sentence, { minLength: 15, maxLength: 40 }).map((s) => s.join(" "));

export const block = fc.oneof(
  { arbitrary: paragraph, weight: 5 },
  { arbitrary: heading, weight: 2 },
  { arbitrary: list, weight: 2 },
  { arbitrary: numbered, weight: 2 },
  { arbitrary: table, weight: 1 },
  { arbitrary: longParagraph, weight: 1 },
);

/** Blocks joined as a loader would emit them: blank lines, sometimes with stray spaces or CRLF. */
export const documentText = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 25 }), fc.constantFrom("\n\n", "\n \n", "\r\n\r\n", "\n\n\n"))
  .map(([blocks, sep]) => blocks.join(sep));

/** Raw loaded text with the mess cleaning has to undo: hyphenated line breaks, odd spaces, page numbers. */
export const messyText = fc
  .tuple(
    fc.array(fc.tuple(paragraph, fc.constantFrom("plain", "hyphen", "spaces", "page-number", "wrapped")), { minLength: 1, maxLength: 12 }),
  )
  .map(([parts]) =>
    parts
      .map(([p, mess]) => {
        if (mess === "hyphen") return p.replace(/ (\w{3,})(\w{3,}) /, " $1-\n$2 ");
        if (mess === "spaces") return p.replace(/ /g, "  ").replace(/ the /g, "\u00a0the\u00a0");
        if (mess === "page-number") return `${p}\n\nPage 3 of 12`;
        if (mess === "wrapped") return p.replace(/(\S+ \S+ \S+ \S+) /g, "$1\n");
        return p;
      })
      .join("\n\n"),
  );
