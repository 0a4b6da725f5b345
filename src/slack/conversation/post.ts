import type { RespondFn, webApi } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { answerMark, markedAnswerIn, markMetadata } from "./answerMark.js";
import type { Notice, Post } from "./ask.js";
import { STILL_WORKING_TEXT } from "../render/messages.js";
import { isTransient } from "../delivery/slackFailure.js";

/**
 * A reply in a thread (mentions, DMs, the assistant panel), marked with the delivery it answers. When an
 * earlier attempt may have posted it already, the thread is read first and a marked answer found there
 * stands; if the thread cannot be read, the answer is posted.
 */
export function threadPost(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
  { delivery, logger }: Pick<SlackDeps, "delivery" | "logger">,
): Post {
  return async (message) => {
    const inHand = delivery();
    const mark = inHand ? answerMark(inHand.key) : null;
    if (inHand?.mayHavePosted && mark) {
      const posted = await markedAnswerIn(client, channel, threadTs, mark).catch((error: unknown) => {
        // A read that time may cure is tried again with the post (retryPost.ts), rather than risk a second answer.
        if (isTransient(error)) throw error;
        logger.warn({ err: error }, "could not read the thread to see whether the answer was already posted; posting it");
        return null;
      });
      if (posted) {
        logger.info("the answer was already in the thread; not posted again");
        return { ok: true, channel, ts: posted };
      }
    }
    return client.chat.postMessage({
      channel,
      thread_ts: threadTs,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
      ...(mark ? { metadata: markMetadata(mark) } : {}),
    });
  };
}

/** The "still working" notice in a thread, to the asker only: an ephemeral message is never an answer. */
export function threadNotice(client: webApi.WebClient, channel: string, threadTs: string, user: string | undefined): Notice {
  return async () => {
    if (user) await client.chat.postEphemeral({ channel, user, thread_ts: threadTs, text: STILL_WORKING_TEXT });
  };
}

/** The "still working" notice through a command's response_url, to the asker only. */
export function ephemeralNotice(respond: RespondFn): Notice {
  return () => respond({ response_type: "ephemeral", replace_original: false, text: STILL_WORKING_TEXT });
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
