/**
 * What may stand as a quote by itself: a whole sentence of the document's prose, not a piece of one, not
 * markup left by extraction, and not a description of a chart or picture standing in for it.
 */

const MARKUP = /<\/?(?:p|br|div|span|li|ul|ol|td|th|tr|table|b|i|u|em|strong|a|img|h[1-6]|font|sup|sub)\b[^>]*>|&(?:nbsp|amp|lt|gt|quot);/i;
/** "This is a line chart showing…", "Image of…": alt text, which says what a picture shows, not what the document says. */
const CHART_TEXT =
  /^(?:this|the (?:following|above|below))\s+(?:is\s+an?\s+)?(?:[\w-]+\s+){0,3}(?:chart|graph|diagram|image|picture|infographic|map|illustration|photo(?:graph)?)\b|^(?:image|picture|photo|chart|graph|diagram)\s+(?:of|showing)\b/i;
/** "Will strengthen…", "Has been agreed…": a list item carrying on its lead-in, with no subject of its own. */
const SUBJECTLESS = /^(?:will|would|shall|should|must|can|could|may|might|has|have|had|is|are|was|were)\s+(?:not\s+|also\s+|be\s+|been\s+|continue\s+to\s+)*[a-z]/i;
/** Words a sentence cannot end on: extraction cut it off ("The designated officer also"). */
const FUNCTION_WORDS = new Set(
  "a an the and or but nor of to in on at by for with from into onto as than that which who whom whose also is are was were be been being has have had will would shall should can could may might must not this these those their its our your his her".split(
    " ",
  ),
);

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

export function isChartText(text: string): boolean {
  return CHART_TEXT.test(text.trim());
}

/** Starts lower case, has no subject, or ends mid-clause. A question ("Is there…?") is whole. */
export function isFragment(text: string): boolean {
  const s = text.trim().replace(/^["'“‘(]+/, "");
  if (/^[a-z]/.test(s)) return true;
  if (SUBJECTLESS.test(s) && !/\?["'”’)]*$/.test(s)) return true;
  const last = s.split(/\s+/).at(-1) ?? "";
  return /^[a-z]+$/i.test(last) && FUNCTION_WORDS.has(last.toLowerCase());
}

/** Fit to be quoted as a sentence by itself. */
export function isQuotable(text: string): boolean {
  return !hasMarkup(text) && !isChartText(text) && !isFragment(text);
}
