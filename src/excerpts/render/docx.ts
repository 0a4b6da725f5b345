import { formatDate } from "../../corpus/dates.js";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { ExcerptSet } from "../types.js";
import { citationText, displayText, headerFields, heading } from "./common.js";

/** A Word document for training packs: each excerpt an indented italic "Quote" paragraph, its citation under it. */

const INDENT = 720; // twentieths of a point: half an inch

export async function renderDocx(set: ExcerptSet): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ text: heading(set), heading: HeadingLevel.TITLE }),
    ...headerFields(set).map(
      ([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    ),
  ];
  if (set.total === 0) children.push(new Paragraph(`Nothing found for “${set.topic}”.`));
  for (const g of set.groups) {
    children.push(
      new Paragraph({ text: g.title, heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: [g.publisher, formatDate(g.date), g.source].filter(Boolean).join(" · ") }),
    );
    for (const e of g.excerpts) {
      children.push(
        new Paragraph({ style: "Quote", children: [new TextRun(displayText(e))] }),
        new Paragraph({ style: "Citation", children: [new TextRun(`— ${citationText(e.citation)}`)] }),
      );
    }
  }
  const doc = new Document({
    creator: "safeguide",
    title: heading(set),
    description: `Verbatim excerpts on “${set.topic}”, index ${set.indexVersion}`,
    styles: {
      paragraphStyles: [
        {
          id: "Quote",
          name: "Quote",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: INDENT, right: INDENT }, spacing: { before: 240, after: 60 } },
        },
        {
          id: "Citation",
          name: "Citation",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 18, color: "444444" },
          paragraph: { indent: { left: INDENT, right: INDENT }, alignment: AlignmentType.LEFT, spacing: { after: 240 } },
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
