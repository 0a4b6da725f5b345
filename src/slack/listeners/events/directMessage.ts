import type { App } from "@slack/bolt";
import { answerInDirectThread, type IncomingMessage } from "../../conversation/directThread.js";
import type { SlackDeps } from "../../deps.js";

/**
 * `message.im`, a direct message: answered in a thread under it; a reply in that thread is a follow-up with
 * the earlier turns. (With the assistant panel on, Bolt's Assistant middleware takes DM thread replies
 * first; both paths go through the same handleQuestion.)
 */
export function registerDirectMessage(app: App, deps: SlackDeps): void {
  app.event("message", async ({ event, client, context, body }) => {
    const message = event as unknown as IncomingMessage;
    if (message.channel_type !== "im") return;
    await answerInDirectThread(deps, client, message, context, body.team_id);
  });
}
