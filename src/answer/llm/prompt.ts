import { redactPersonalData, type PersonalDataOptions } from "../guards/personalData.js";
import type { ConversationTurn } from "../types.js";

/** Pieces shared by the answering and condensing prompts. */

/** Earlier turns beyond these add cost and little context. */
const MAX_HISTORY_TURNS = 6;
const MAX_TURN_CHARS = 1_000;

const DATA_TAG = /<(\/?)(passages?|question|conversation|turn)\b/gi;

/** Text placed inside a data block, unable to close that block or open another. */
export function dataText(text: string): string {
  return text.replace(DATA_TAG, "&lt;$1$2");
}

/** Defence in depth: callers redact too, but nothing personal may reach a provider from here. */
export function redactText(text: string, names: PersonalDataOptions = {}): string {
  return redactPersonalData(text, names).text;
}

export function redactTurns(history: ConversationTurn[], names: PersonalDataOptions = {}): ConversationTurn[] {
  return history.slice(-MAX_HISTORY_TURNS).map((t) => ({
    role: t.role,
    // Redact before cutting, so a cut cannot leave half a number unrecognised.
    text: redactText(t.text, names).slice(0, MAX_TURN_CHARS),
  }));
}

export function conversationBlock(turns: ConversationTurn[]): string {
  if (turns.length === 0) return "";
  const lines = turns.map((t) => `<turn role="${t.role}">${dataText(t.text)}</turn>`);
  return `<conversation>\n${lines.join("\n")}\n</conversation>`;
}

export function isTimeout(error: unknown): boolean {
  const e = error as { name?: string; message?: string } | null;
  if (!e || typeof e !== "object") return false;
  return e.name === "TimeoutError" || /\btimed? ?out\b|\btimeout\b/i.test(e.message ?? "");
}

/** First line of the error, short: enough to log, with no request content. */
export function describeError(error: unknown): string {
  const e = error as { name?: string; message?: string } | null;
  const message = (e && typeof e === "object" ? e.message : String(error)) ?? "";
  const first = message.split("\n")[0]?.trim() ?? "";
  return `${e?.name ?? "Error"}: ${first}`.slice(0, 300);
}
