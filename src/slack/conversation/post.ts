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

/** A reply only the asker sees, through the request's response_url. */
export function ephemeralPost(respond: RespondFn): Post {
  return (message) => respond({ response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks });
}
