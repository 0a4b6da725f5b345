import type { App } from "@slack/bolt";
import { handleQuestion } from "../../conversation/ask.js";
import type { SlackDeps } from "../../deps.js";
import { directMessagePost, ephemeralNotice, ephemeralPost } from "../../conversation/post.js";
import { helpMessage } from "../../render/messages.js";
import { channelTypeOf } from "../../conversation/scope.js";
import { handleQuote } from "../../conversation/quote.js";
import { escapeMrkdwn } from "../../render/mrkdwn.js";

export const COMMAND = "/safeguide";

/**
 * `/safeguide <question>`: acknowledged at once, answered to the asker only (through response_url) with a
 * "Share in channel" button. `/safeguide help` (or nothing) explains; `/safeguide quote <topic>` pulls excerpts.
 */
export function registerSafeguideCommand(app: App, deps: SlackDeps): void {
  app.command(COMMAND, async ({ command, ack, respond, client }) => {
    const text = command.text?.trim() ?? "";
    if (!text || /^help$/i.test(text)) {
      await ack({ response_type: "ephemeral", ...helpMessage() });
      return;
    }
    await ack();
    const where = {
      team: command.team_id ?? null,
      channel: command.channel_id ?? null,
      channelType: channelTypeOf(command.channel_id, command.channel_name),
    };
    const lead = `Your \`${COMMAND}\` question “${escapeMrkdwn(text)}” was answered too late for Slack to show it where you asked, so the answer is here.`;
    const post = ephemeralPost(respond, directMessagePost(client, command.user_id, lead));
    const quote = /^quote\b\s*(.*)$/is.exec(text);
    if (quote) {
      await handleQuote(deps, { ...where, topic: quote[1] ?? "" }, post);
      return;
    }
    await handleQuestion(deps, { ...where, user: command.user_id, text, shareable: true }, post, ephemeralNotice(respond));
  });
}
