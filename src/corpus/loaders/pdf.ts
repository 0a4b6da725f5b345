import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { LoadedText } from "../types.js";
import { LoadError, shortCause } from "./errors.js";

type ContentItem = Awaited<ReturnType<PDFPageProxy["getTextContent"]>>["items"][number];

/** The parts of a pdfjs text item that layout reconstruction needs. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * Each page's text in content order; pages joined by a blank line, pageStarts[i] where page i+1 begins.
 * In this thread: the reindex calls it through pdfThread.ts, which runs it on a thread of its own.
 */
export async function readPdf(bytes: Uint8Array): Promise<LoadedText> {
  // Imported on first use: pdfjs costs ~180 MB of RSS, and a process that only serves an index never needs it.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    // pdfjs refuses a Node Buffer, and may detach the array it is given: hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((item): item is Extract<ContentItem, TextItem> => "str" in item)));
      page.cleanup();
    }
    return joinPages(pages);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (error instanceof Error && error.name === "PasswordException") throw new LoadError("password-protected PDF");
    throw new LoadError(`corrupt or unreadable PDF: ${shortCause(error)}`);
  } finally {
    await task.destroy();
  }
}

function joinPages(pages: string[]): LoadedText {
  if (pages.every((page) => page.trim() === "")) {
    throw new LoadError("no readable text: the PDF has no text layer (scanned pages need OCR first)");
  }
  const pageStarts: number[] = [];
  let text = "";
  pages.forEach((page, i) => {
    if (i > 0) text += "\n\n";
    pageStarts.push(text.length);
    text += page;
  });
  return { text, pageStarts, warnings: [] };
}

/**
 * Lines and paragraphs from item positions: a new line where pdfjs marks one or the baseline moves by
 * more than half the font size, a blank line where the gap exceeds 1.5 typical line advances.
 */
export function pageText(items: TextItem[]): string {
  const placed = items.filter((item) => item.str !== "" && fontSize(item) > 0);
  const lineAdvance = typicalLineAdvance(placed);
  let text = "";
  let previous: TextItem | undefined;
  let endOfLine = false;
  for (const item of items) {
    if (item.str === "" || fontSize(item) === 0) {
      endOfLine ||= item.hasEOL;
      continue;
    }
    if (previous) text += separator(previous, item, endOfLine, lineAdvance);
    text += item.str;
    previous = item;
    endOfLine = item.hasEOL;
  }
  return text.trim();
}

function separator(previous: TextItem, item: TextItem, endOfLine: boolean, lineAdvance: number): string {
  const size = Math.max(fontSize(previous), fontSize(item));
  const dy = Math.abs(previous.transform[5] - item.transform[5]);
  if (dy > 1.5 * lineAdvance) return "\n\n";
  if (endOfLine || dy > size / 2) return "\n";
  const gap = item.transform[4] - (previous.transform[4] + previous.width);
  const spaced = /\s$/.test(previous.str) || /^\s/.test(item.str);
  return gap > size * 0.15 && !spaced ? " " : "";
}

/**
 * The page's usual baseline-to-baseline distance, so that 1.5-spaced documents do not read as one
 * paragraph per line. Clamped to 1–1.6 font sizes so a page of one-line paragraphs still has paragraphs.
 */
function typicalLineAdvance(items: TextItem[]): number {
  const body = median(items.map(fontSize)) ?? 12;
  const advances: number[] = [];
  for (let i = 1; i < items.length; i++) {
    const dy = Math.abs(items[i - 1].transform[5] - items[i].transform[5]);
    if (dy > body / 2 && dy < body * 3) advances.push(dy);
  }
  const advance = median(advances) ?? body * 1.2;
  return Math.min(Math.max(advance, body), body * 1.6);
}

function fontSize(item: TextItem): number {
  return Math.hypot(item.transform[2], item.transform[3]) || item.height;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
