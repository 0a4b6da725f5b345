import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";

/** A fresh temp directory for one test file; call `remove` in afterAll. */
export function tempDir(prefix = "safeguide-test-") {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name: string, content: string | Uint8Array): string {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove(): void {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One PDF page per entry; each entry is a list of paragraphs, each paragraph a list of lines.
 * Lines are 15pt apart (12pt Helvetica), paragraphs separated by an extra 30pt.
 */
export async function buildPdf(pages: string[][][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 780;
    for (const lines of paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 56, y, size: 12, font });
        y -= 15;
      }
      y -= 30;
    }
  }
  return pdf.save();
}

/** A Word document with a Heading 1, paragraphs, a bullet and a table of rows. */
export async function buildDocx(spec: { heading: string; paragraphs: string[]; bullet: string; table: string[][] }): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: spec.heading, heading: HeadingLevel.HEADING_1 }),
          ...spec.paragraphs.map((text) => new Paragraph({ text })),
          new Paragraph({ text: spec.bullet, bullet: { level: 0 } }),
          new Table({
            rows: spec.table.map(
              (cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
            ),
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A minimal PDF whose trailer names a Standard security handler that the empty user password does not
 * open: enough for a reader to ask for a password. (pdf-lib cannot encrypt.)
 */
export function buildPasswordProtectedPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${"ab".repeat(32)}> /U <${"ab".repeat(32)}> /P -4 >>`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${"cd".repeat(16)}> <${"cd".repeat(16)}>] >>\n`;
  pdf += `startxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
