import type Mammoth from "mammoth";
import type { LoadedText } from "../types.js";
import { LoadError, shortCause } from "./errors.js";
import { htmlToText } from "./html.js";

/** Style names mammoth does not map are routine in real documents; they are not worth an admin's time. */
const ROUTINE_MESSAGE = /^Unrecognised (paragraph|run|table) style/;

/** Word documents through mammoth's HTML (Heading 1–6 → h1–h6, tables, lists), then as HTML. */
export async function loadDocx(bytes: Uint8Array): Promise<LoadedText> {
  // Imported on first use: a process that only serves an index never needs it.
  const mammoth: typeof Mammoth = (await import("mammoth")).default;
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      // Images are not text: skip mammoth's base64 encoding of every picture.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
  } catch (error) {
    throw new LoadError(`corrupt or unreadable DOCX: ${shortCause(error)}`);
  }
  const warnings = [
    ...new Set(
      result.messages
        .filter((message) => message.type !== "warning" || !ROUTINE_MESSAGE.test(message.message))
        .map((message) => `DOCX: ${shortCause(message.message)}`),
    ),
  ].slice(0, 5);
  return { text: await htmlToText(result.value), pageStarts: [], warnings };
}
