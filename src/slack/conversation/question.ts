import { unescapeSlack } from "../render/mrkdwn.js";

/**
 * The question as the practitioner typed it: the app's own mention removed, other mentions and links
 * reduced to their labels, Slack's escaping undone.
 */
export function cleanQuestion(text: string | undefined, botUserId?: string): string {
  if (!text) return "";
  let out = text;
  if (botUserId) out = out.split(`<@${botUserId}>`).join(" ");
  out = out
    .replace(/<([@#!][^|>]*)\|([^>]*)>/g, "$2")
    .replace(/<[@!][^>]*>/g, " ")
    .replace(/<#[^>]*>/g, " ")
    .replace(/<([^|>]+)\|([^>]*)>/g, "$2")
    .replace(/<([^>]+)>/g, "$1");
  return unescapeSlack(out).replace(/\s+/g, " ").trim();
}
