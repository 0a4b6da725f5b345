/** Text helpers for Slack mrkdwn: escaping, safe truncation and splitting. Pure. */

const BROADCAST = /@(channel|here|everyone)\b/gi;

/**
 * Escape &, < and > as Slack asks, so no text from a document or a user can form a link or a mention
 * (<!channel>), and break the bare @channel / @here / @everyone keywords with a zero-width space.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(BROADCAST, "@\u200b$1");
}

/** Undo Slack's escaping of incoming message text. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Cut at most `max` UTF-16 units, never inside an &entity; or a surrogate pair, adding "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${safeCut(text, max - 1)}…`;
}

/**
 * Split text into pieces of at most `max` characters, preferring paragraph breaks, then sentence ends,
 * then spaces; a single unbroken run is cut hard.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    const piece = rest.slice(0, cut).trim();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const floor = Math.floor(max / 3);
  const paragraph = window.lastIndexOf("\n\n");
  if (paragraph > floor) return paragraph;
  const sentence = lastMatchEnd(window, /[.!?…]["')\]]*\s/g);
  if (sentence > floor) return sentence;
  const space = Math.max(window.lastIndexOf(" "), window.lastIndexOf("\n"));
  if (space > floor) return space;
  return safeCut(text, max).length;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const m of text.matchAll(pattern)) end = m.index + m[0].length;
  return end;
}

function safeCut(text: string, max: number): string {
  let cut = text.slice(0, Math.max(0, max));
  const amp = cut.lastIndexOf("&");
  if (amp >= 0 && amp > cut.length - 6 && !cut.slice(amp).includes(";")) cut = cut.slice(0, amp);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
