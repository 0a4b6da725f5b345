import type { SlackDeps } from "../deps.js";
import { handleQuestion, type Notice } from "./ask.js";
import { followUpHistory } from "./history.js";
import { threadNotice, threadPost } from "./post.js";

/** The fields of a message event this app reads (eventFilter.ts has already dropped bots, edits and deletions). */
export interface IncomingMessage {
  text?: string;
  user?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
}

type Client = Parameters<typeof threadPost>[0];
type Context = Parameters<typeof followUpHistory>[3];

/**
 * Answer a message in a one-to-one conversation (a DM, the assistant panel), in its thread, with the
 * thread's earlier turns. `notice` tells the asker the answer is on its way when its post stumbles (the
 * assistant panel sets its thread's status instead of a message).
 */
export async function answerInDirectThread(
  deps: SlackDeps,
  client: Client,
  message: IncomingMessage,
  context: Context & { teamId?: string },
  teamId: string | undefined,
  notice?: Notice,
): Promise<void> {
  const thread = message.thread_ts ?? message.ts;
  await handleQuestion(
    deps,
    {
      text: message.text,
      team: teamId ?? context.teamId ?? null,
      user: message.user ?? null,
      channel: message.channel,
      channelType: "im",
      botUserId: context.botUserId,
      loadHistory: followUpHistory(client, deps.logger, message, context),
    },
    threadPost(client, message.channel, thread, deps),
    notice ?? threadNotice(client, message.channel, thread, message.user),
  );
}
