import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { htmlToText, LoadError, loadFile, SUPPORTED_EXTENSIONS, UnsupportedFormatError } from "../../src/corpus/loaders/index.js";
import { pageText } from "../../src/corpus/loaders/pdf.js";
import { buildDocx, buildPasswordProtectedPdf, buildPdf, tempDir } from "../../testkit/fixtures.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const MB = 1024 * 1024;
const limits = { maxBytes: 10 * MB };

async function loadError(path: string, maxBytes = limits.maxBytes): Promise<LoadError> {
  const error = await loadFile(path, { maxBytes }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadError);
  return error as LoadError;
}

const PDF_PAGES = [
  [["Safeguarding is everyone's responsibility.", "It continues on a second line."], ["A new paragraph on page one."]],
  [["Page two opens with this sentence.", "Then a second line on page two."]],
  [["Page three is the last page."]],
];

describe("PDF", () => {
  it("keeps each page's lines in order and records where every page starts", async () => {
    const path = tmp.write("three-pages.pdf", await buildPdf(PDF_PAGES));
    const { text, pageStarts } = await loadFile(path, limits);
    expect(pageStarts).toHaveLength(3);
    expect(pageStarts[0]).toBe(0);
    expect(text.slice(pageStarts[1]).startsWith("Page two opens with this sentence.")).toBe(true);
    expect(text.slice(pageStarts[2]).startsWith("Page three is the last page.")).toBe(true);
    const lines = PDF_PAGES.flat(2);
    const positions = lines.map((line) => text.indexOf(line));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // A two-line paragraph keeps both lines, on separate lines; the next paragraph follows a blank line.
    expect(text).toContain("Safeguarding is everyone's responsibility.\nIt continues on a second line.\n\nA new paragraph");
    expect(text.slice(pageStarts[1] - 2, pageStarts[1])).toBe("\n\n");
  });

  it("dispatches on the extension case-insensitively", async () => {
    const path = tmp.write("UPPER.PDF", await buildPdf([[["Upper case extension."]]]));
    expect((await loadFile(path, limits)).text).toBe("Upper case extension.");
  });

  it("rebuilds lines and paragraphs from item positions when pdfjs marks no line ends", () => {
    const item = (str: string, x: number, y: number, width = str.length * 6) => ({
      str, transform: [12, 0, 0, 12, x, y], width, height: 12, hasEOL: false,
    });
    const text = pageText([
      item("Multi-agency", 50, 700, 70),
      item("working", 125, 700), // horizontal gap on the same line → a space
      item("matters.", 50, 685), // baseline moved one line → a line break
      item("Next", 50, 640), // a gap of three lines → a paragraph
      item(" paragraph", 74, 640), // already starts with a space → no extra space
    ]);
    expect(text).toBe("Multi-agency working\nmatters.\n\nNext paragraph");
  });

  it("does not split a 1.5-spaced page into one paragraph per line", () => {
    const line = (str: string, y: number) => ({ str, transform: [12, 0, 0, 12, 50, y], width: 100, height: 12, hasEOL: true });
    expect(pageText([line("one", 700), line("two", 682), line("three", 664), line("four", 610)])).toBe(
      "one\ntwo\nthree\n\nfour",
    );
  });

  it("rejects random bytes and a truncated PDF as corrupt", async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect((await loadError(tmp.write("random.pdf", random))).message).toMatch(/^corrupt or unreadable PDF: /);
    const whole = await buildPdf(PDF_PAGES);
    const truncated = tmp.write("truncated.pdf", whole.slice(0, Math.floor(whole.length / 2)));
    expect((await loadError(truncated)).message).toMatch(/corrupt or unreadable PDF|no readable text/);
  });

  it("names a password-protected PDF as such", async () => {
    const path = tmp.write("locked.pdf", buildPasswordProtectedPdf());
    expect((await loadError(path)).message).toBe("password-protected PDF");
  });

  it("reports a PDF without a text layer as having no readable text", async () => {
    const path = tmp.write("blank.pdf", await buildPdf([[]]));
    expect((await loadError(path)).message).toMatch(/^no readable text/);
  });
});

describe("DOCX", () => {
  it("turns Word headings, paragraphs, bullets and tables into markdown-like text", async () => {
    const bytes = await buildDocx({
      heading: "Contingency planning",
      paragraphs: ["Plans are reviewed every year.", "Each agency names a lead."],
      bullet: "Share the plan with schools",
      table: [["a", "b"], ["c", "d"]],
    });
    const { text, pageStarts } = await loadFile(tmp.write("plan.docx", bytes), limits);
    expect(text.split("\n")).toContain("# Contingency planning");
    expect(text).toContain("Plans are reviewed every year.\n\nEach agency names a lead.");
    expect(text.split("\n")).toContain("- Share the plan with schools");
    expect(text).toContain("a | b\nc | d");
    expect(pageStarts).toEqual([]);
  });

  it("rejects a file that is not a Word document", async () => {
    const path = tmp.write("broken.docx", "PK\u0003\u0004 this is not really a zip archive");
    expect((await loadError(path)).message).toMatch(/^corrupt or unreadable DOCX: \S/);
  });
});

describe("HTML", () => {
  const page = `<!doctype html><html><head><title>Page title here</title>
    <style>.x { color: red }</style><script>var secret = "script text";</script></head>
    <body>
      <header>Site banner</header>
      <nav><a href="/">Home</a> <a href="/more">Menu link</a></nav>
      <h2>Early help &amp; support</h2>
      <p>Children   and
         families&rsquo; needs come first.</p>
      <p>Second<br>line break.</p>
      <ul><li>Ask</li><li>Listen <b>carefully</b></li></ul>
      <table><tr><th>Agency</th><th>Role</th></tr><tr><td>Police</td><td>Investigate</td></tr></table>
      <div aria-hidden="true">Hidden widget</div>
      <footer>Copyright footer</footer>
    </body></html>`;

  it("keeps the content as markdown-like blocks and drops scripts, styles and page furniture", async () => {
    const { text } = await loadFile(tmp.write("page.html", page), limits);
    expect(text).toBe(
      [
        "## Early help & support",
        "Children and families\u2019 needs come first.",
        "Second\nline break.",
        "- Ask\n- Listen carefully",
        "Agency | Role\nPolice | Investigate",
      ].join("\n\n"),
    );
    for (const furniture of ["script text", "color", "Site banner", "Menu link", "Hidden widget", "Copyright", "Page title"]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("prefers <main> over the rest of the body", async () => {
    expect(await htmlToText("<body><div>Sidebar text</div><main><h1>Title</h1><p>Body text.</p></main></body>")).toBe(
      "# Title\n\nBody text.",
    );
  });

  it("fails a page whose only text is furniture", async () => {
    const path = tmp.write("nav-only.htm", "<html><body><nav>Home</nav><script>x()</script></body></html>");
    expect((await loadError(path)).message).toBe("no readable text");
  });
});

describe("text and markdown", () => {
  it("decodes Windows-1252 when the bytes are not UTF-8, with a warning", async () => {
    // 0x80–0x9F are where Windows-1252 differs from Latin-1 (and where Node 20's own decoder is wrong).
    const path = tmp.write("latin1.txt", Buffer.from("Caf\xe9 \x96 r\xe9sum\xe9, \x93na\xefve\x94 \x80", "latin1"));
    const { text, warnings } = await loadFile(path, limits);
    expect(text).toBe("Café \u2013 résumé, \u201cnaïve\u201d \u20ac");
    expect(warnings).toEqual(["not valid UTF-8; decoded as Latin-1 (Windows-1252)"]);
  });

  it("strips a UTF-8 BOM, normalises CRLF and CR, and keeps the text otherwise as is", async () => {
    const path = tmp.write("bom.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("# Título\r\n\r\nLine  one\rLine two\n")]));
    const { text, warnings, pageStarts } = await loadFile(path, limits);
    expect(text).toBe("# Título\n\nLine  one\nLine two\n");
    expect(warnings).toEqual([]);
    expect(pageStarts).toEqual([]);
  });

  it("treats form feeds as page breaks", async () => {
    const path = tmp.write("pages.txt", "Page one text.\r\n\fPage two text.\f");
    const { text, pageStarts } = await loadFile(path, limits);
    expect(text).toBe("Page one text.\n\n\nPage two text.\n\n");
    expect(pageStarts).toEqual([0, 17]);
    expect(text.slice(pageStarts[1]).startsWith("Page two text.")).toBe(true);
  });

  it("reads UTF-16 with a BOM rather than calling it binary", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Notepad text", "utf16le")]);
    expect((await loadFile(tmp.write("utf16.txt", bytes), limits)).text).toBe("Notepad text");
  });

  it("rejects binary content named .txt or .md", async () => {
    const withNul = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect((await loadError(tmp.write("image.txt", withNul))).message).toBe("looks like a binary file, not text");
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect((await loadError(tmp.write("controls.md", controls))).message).toBe("looks like a binary file, not text");
  });
});

describe("failures common to every format", () => {
  it("rejects an empty file and a whitespace-only file", async () => {
    expect((await loadError(tmp.write("empty.txt", ""))).message).toMatch(/no readable text/);
    expect((await loadError(tmp.write("blank.md", "  \n\t\r\n \f \n"))).message).toBe("no readable text");
  });

  it("rejects a file over the size limit, naming both sizes", async () => {
    const path = tmp.write("big.txt", "x".repeat(Math.round(1.5 * MB)));
    expect((await loadError(path, 1 * MB)).message).toBe("1.5 MB is over the 1 MB limit (MAX_FILE_MB)");
  });

  it("reports a missing file and a directory", async () => {
    expect((await loadError(join(tmp.dir, "gone.pdf"))).message).toBe("file disappeared before it could be read");
    mkdirSync(join(tmp.dir, "folder.txt"));
    expect((await loadError(join(tmp.dir, "folder.txt"))).message).toMatch(/directory/);
  });

  it("marks an unsupported extension as UnsupportedFormatError", async () => {
    const error = await loadError(tmp.write("data.xyz", "some text"));
    expect(error).toBeInstanceOf(UnsupportedFormatError);
    expect(error.message).toContain(".xyz");
    expect(SUPPORTED_EXTENSIONS).toEqual(expect.arrayContaining([".txt", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm"]));
  });
});
