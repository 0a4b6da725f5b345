import type { App } from "@slack/bolt";
import { handleQuestion } from "../../conversation/ask.js";
import type { SlackDeps } from "../../deps.js";
import { followUpHistory } from "../../conversation/history.js";
import { threadNotice, threadPost } from "../../conversation/post.js";
import { channelTypeOf } from "../../conversation/scope.js";

/** @safeguide in a channel: answer in the thread; a mention inside a thread the app answered is a follow-up. */
export function registerAppMention(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ event, client, context, body }) => {
    await handleQuestion(
      deps,
      {
        text: event.text,
        team: body.team_id ?? context.teamId ?? null,
        user: event.user ?? null,
        channel: event.channel,
        channelType: channelTypeOf(event.channel),
        botUserId: context.botUserId,
        loadHistory: followUpHistory(client, deps.logger, event, context),
      },
      threadPost(client, event.channel, event.thread_ts ?? event.ts, deps),
      threadNotice(client, event.channel, event.thread_ts ?? event.ts, event.user),
    );
  });
}
