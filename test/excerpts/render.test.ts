import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import MarkdownIt from "markdown-it";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findExcerpts } from "../../src/excerpts/find.js";
import { citationText, displayText } from "../../src/excerpts/render/common.js";
import { CSV_COLUMNS, renderCsv } from "../../src/excerpts/render/csv.js";
import { renderDocx } from "../../src/excerpts/render/docx.js";
import { renderHtml } from "../../src/excerpts/render/html.js";
import { renderMarkdown } from "../../src/excerpts/render/markdown.js";
import { excerptsAsText } from "../../src/excerpts/render/text.js";
import type { Excerpt, ExcerptSet } from "../../src/excerpts/types.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { tempDir } from "../../testkit/fixtures.js";
import { corpusSnapshot } from "./helpers.js";

let snapshot: PreparedIndex;
const temp = tempDir("safeguide-excerpts-");
beforeAll(async () => ({ snapshot } = await corpusSnapshot()));
afterAll(() => temp.remove());

const all = (set: ExcerptSet): Excerpt[] => set.groups.flatMap((g) => g.excerpts);

/** Text no renderer may trip on: markup, CSV specials, a line break, quotes of both kinds. */
const awkward: ExcerptSet = {
  topic: `<script>alert("x")</script> & "quotes", commas`,
  madeAt: "2024-05-01T09:30:00.000Z",
  indexVersion: "v1",
  filters: { types: ["procedure"], since: "2020-01-01" },
  sort: "date",
  total: 2,
  notices: [],
  groups: [
    {
      source: "a, b.txt",
      title: `Title with "quotes", <b>tags</b> & commas`,
      publisher: "Pub & Co",
      date: "2022-08-18",
      excerpts: [
        excerpt(`He said "stop", then <script>alert(1)</script> ran;\nsecond line, here.`, true, true, "2.11"),
        excerpt("— not a citation, > not a quote.", false, false, null),
      ],
    },
  ],
};

function excerpt(text: string, lead: boolean, trail: boolean, paragraph: string | null): Excerpt {
  return {
    text,
    leadingEllipsis: lead,
    trailingEllipsis: trail,
    citation: {
      title: "T",
      publisher: "P",
      date: "2022-08-18",
      source: "a, b.txt",
      section: "S “x”",
      paragraph,
      page: 4,
      alsoIn: ["c.txt"],
    },
    score: 1,
    chunkId: "c1",
    start: 0,
    end: text.length,
  };
}

describe("markdown", () => {
  it("puts only excerpt text in > blocks, each citation on the line after, starting with an em dash", async () => {
    const sets = [awkward];
    for (const topic of ["professional curiosity", "contingency planning", "return home interviews", "neglect"]) {
      sets.push(await findExcerpts(snapshot, topic, { k: 12 }));
    }
    for (const set of sets) checkMarkdown(renderMarkdown(set), set);
  });

  it("renders, in CommonMark, each excerpt as a blockquote of its own words and each citation outside it", async () => {
    const set = await findExcerpts(snapshot, "professional curiosity", { k: 5 });
    const tokens = new MarkdownIt().parse(renderMarkdown(set), {});
    const quoted: string[] = [];
    const outside: string[] = [];
    let depth = 0;
    for (const t of tokens) {
      if (t.type === "blockquote_open") depth++;
      if (t.type === "blockquote_close") depth--;
      if (t.type === "inline") (depth > 0 ? quoted : outside).push(t.content);
    }
    expect(quoted).toHaveLength(set.total);
    for (const text of quoted) expect(text).not.toMatch(/^— /m);
    for (const e of all(set)) expect(outside.some((line) => line.startsWith(`— ${citationText(e.citation)}`))).toBe(true);
  });

  it("heads the page with the topic, date made, index version and filters", () => {
    const md = renderMarkdown(awkward);
    expect(md).toMatch(/^# Excerpts: “<script>/);
    for (const s of ["1 May 2024, 09:30 UTC", "Index version: v1", "type procedure; since 2020-01-01", "date, newest first"])
      expect(md).toContain(s);
  });
});

function checkMarkdown(md: string, set: ExcerptSet): void {
  const lines = md.split("\n");
  const expected = all(set);
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith("—")) expect(lines[i - 1].startsWith("> ")).toBe(true);
    if (!lines[i].startsWith(">")) continue;
    const block: string[] = [];
    for (; lines[i]?.startsWith(">"); i++) {
      expect(lines[i].startsWith("> ")).toBe(true);
      block.push(lines[i].slice(2));
    }
    const e = expected[n++];
    // The block is the excerpt exactly, with no added marks, closed by an empty quote line so that the
    // citation renders outside it; a cut is said on the citation line.
    expect(block.at(-1)).toBe("");
    expect(block.slice(0, -1).join("\n")).toBe(e.text);
    const cut = e.leadingEllipsis || e.trailingEllipsis ? " (an extract: the paragraph goes on)" : "";
    expect(lines[i]).toBe(`— ${citationText(e.citation)}${cut}`);
  }
  expect(n).toBe(set.total);
}

describe("csv", () => {
  it("quotes per RFC 4180 and parses back to the same fields", async () => {
    for (const set of [awkward, await findExcerpts(snapshot, "professional curiosity")]) {
      const csv = renderCsv(set);
      expect(csv.endsWith("\r\n")).toBe(true);
      const rows = parseCsv(csv);
      expect(rows[0]).toEqual(CSV_COLUMNS);
      expect(rows.slice(1).map((r) => r[9])).toEqual(all(set).map((e) => inert(e.text)));
      expect(rows.slice(1).map((r) => r[0])).toEqual(all(set).map(() => set.topic));
      rows.slice(1).forEach((r, i) => {
        const c = all(set)[i].citation;
        const expected = [
          set.topic,
          c.title,
          c.publisher,
          c.date,
          c.section ?? "",
          c.paragraph ?? "",
          c.page?.toString() ?? "",
          c.source,
          c.alsoIn.join("; "),
          all(set)[i].text,
          c.url ?? "",
        ];
        expect(r).toEqual(expected.map(inert));
      });
    }
  });

  it("escapes every cell a spreadsheet would run as a formula with a leading single quote, and shows an undated document as such", () => {
    const formulas = ['=HYPERLINK("http://x.test","click")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"];
    const set: ExcerptSet = {
      ...awkward,
      topic: "=1+1",
      groups: [
        {
          ...awkward.groups[0],
          title: "@title",
          date: "",
          excerpts: formulas.map((text) => ({
            ...excerpt(text, false, false, "-1"),
            citation: { ...excerpt(text, false, false, "-1").citation, title: "=T", date: "" },
          })),
        },
      ],
      total: formulas.length,
    };
    const rows = parseCsv(renderCsv(set)).slice(1);
    expect(rows.map((r) => r[9])).toEqual(formulas.map((f) => `'${f}`));
    for (const row of rows) {
      expect(row[0]).toBe("'=1+1");
      expect(row[1]).toBe("'=T");
      expect(row[3]).toBe("date unknown");
      expect(row[5]).toBe("'-1");
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

/** What a cell holds once escaped: the value, behind a single quote when a spreadsheet would run it. */
function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (text[i] === '"') break;
        else if (i >= text.length) throw new Error("unterminated quote");
        else field += text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r") {
        if (text[i] === '"' || text[i] === "\n") throw new Error(`bare ${JSON.stringify(text[i])} in unquoted field`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

describe("html", () => {
  it("is a complete page with everything escaped, excerpts in blockquotes and citations in cite", async () => {
    const html = renderHtml(awkward);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.trim().endsWith("</html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<b>/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
    expect(html.match(/<cite>/g)).toHaveLength(2);
    const real = await findExcerpts(snapshot, "professional curiosity");
    const page = renderHtml(real);
    for (const e of all(real)) expect(page).toContain(e.text.replace(/'/g, "&#39;"));
  });
});

describe("docx", () => {
  it("writes a real Word file with the title, each excerpt as an indented quote, and its citation", async () => {
    const set = await findExcerpts(snapshot, "professional curiosity");
    const buffer = await renderDocx(set);
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    const path = temp.write("excerpts.docx", buffer);
    const { value: text } = await mammoth.extractRawText({ path });
    expect(text).toContain("Excerpts: “professional curiosity”");
    expect(text).toContain(all(set)[0].text);
    expect(text).toContain(`— ${citationText(all(set)[0].citation)}`);
    const { value: html } = await mammoth.convertToHtml(
      { buffer: readFileSync(path) },
      { styleMap: ["p[style-name='Quote'] => blockquote:fresh"] },
    );
    expect(html.match(/<blockquote>/g)).toHaveLength(set.total);
  });
});

describe("plain text for the terminal", () => {
  it("shows each excerpt quoted with its citation under it, or says nothing was found", async () => {
    const set = await findExcerpts(snapshot, "professional curiosity");
    const text = excerptsAsText(set);
    // An empty set would check nothing.
    expect(all(set).length).toBeGreaterThan(0);
    for (const e of all(set)) expect(text).toContain(`“${displayText(e)}”\n    — ${citationText(e.citation)}`);
    expect(excerptsAsText({ ...set, groups: [], total: 0 })).toMatch(/^Nothing found for “professional curiosity”/);
  });
});
