import type { RespondFn, webApi } from "@slack/bolt";
import type { Post } from "./ask.js";

/** A reply in a thread (mentions, DMs, the assistant panel). */
export function threadPost(client: webApi.WebClient, channel: string, threadTs: string): Post {
  return (message) =>
    client.chat.postMessage({
      channel,
      thread_ts: threadTs,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
}

/**
 * A reply only the asker sees, through the request's response_url. Slack takes a response_url for 30
 * minutes; a question answered later than that (kept pending through an outage or a restart) goes to the
 * asker's direct messages with the app instead (`late`), so it is still answered, and still to them only.
 */
export function ephemeralPost(respond: RespondFn, late?: Post): Post {
  return async (message) => {
    try {
      return await respond({ response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks });
    } catch (error) {
      if (!late || !isExpiredResponseUrl(error)) throw error;
      return late(message);
    }
  };
}

/** A message to one user in their direct messages with the app, opened by `lead` (what it answers). */
export function directMessagePost(client: webApi.WebClient, user: string, lead: string): Post {
  return (message) =>
    client.chat.postMessage({
      channel: user,
      text: `${lead}\n\n${message.text}`,
      blocks: [{ type: "section", text: { type: "mrkdwn", text: lead } }, ...message.blocks],
      unfurl_links: false,
      unfurl_media: false,
    });
}

/** Slack answers a response_url past its 30 minutes (or its 5 uses) with 404 and "expired_url" or "used_url". */
function isExpiredResponseUrl(error: unknown): boolean {
  const response = (error as { response?: { status?: number; data?: unknown } } | null)?.response;
  return response?.status === 404 || response?.status === 410 || /\b(expired|used)_url\b/.test(JSON.stringify(response?.data ?? ""));
}
