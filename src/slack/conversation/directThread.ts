import type { SlackDeps } from "../deps.js";
import { handleQuestion } from "./ask.js";
import { followUpHistory } from "./history.js";
import { threadPost } from "./post.js";

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
 * thread's earlier turns.
 */
export async function answerInDirectThread(
  deps: SlackDeps,
  client: Client,
  message: IncomingMessage,
  context: Context & { teamId?: string },
  teamId: string | undefined,
): Promise<void> {
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
    threadPost(client, message.channel, message.thread_ts ?? message.ts, deps),
  );
}
