import type { App } from "@slack/bolt";
import { handleQuestion } from "../ask.js";
import type { SlackDeps } from "../deps.js";
import { followUpHistory } from "../history.js";
import { threadPost } from "../post.js";

/** The fields of a message event this app reads (filters.ts has already dropped bots, edits and deletions). */
export interface IncomingMessage {
  text?: string;
  user?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
}

/**
 * A direct message: answered in a thread under it; a reply in that thread is a follow-up with the earlier
 * turns. (With the assistant panel on, Bolt's Assistant middleware takes DM thread replies first; both
 * paths go through the same handleQuestion.)
 */
export function registerDirectMessages(app: App, deps: SlackDeps): void {
  app.event("message", async ({ event, client, context, body }) => {
    const message = event as unknown as IncomingMessage;
    if (message.channel_type !== "im") return;
    await answerInDirectThread(deps, client, message, context, body.team_id);
  });
}

type Client = Parameters<typeof threadPost>[0];
type Context = Parameters<typeof followUpHistory>[3];

/** Answer a message in a one-to-one conversation, in its thread, with the thread's earlier turns. */
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
      channel: message.channel,
      channelType: "im",
      botUserId: context.botUserId,
      loadHistory: followUpHistory(client, deps.logger, message, context),
    },
    threadPost(client, message.channel, message.thread_ts ?? message.ts),
  );
}
