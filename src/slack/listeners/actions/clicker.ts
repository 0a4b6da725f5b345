import type { BlockAction, RespondFn, webApi } from "@slack/bolt";
import type { Post } from "../../conversation/ask.js";
import { ephemeralPost } from "../../conversation/post.js";
import { channelTypeOf, type Where } from "../../conversation/scope.js";

/** Where a click comes from: the channel of the message clicked (a DM's channel counts as a DM). */
export function whereOf(body: BlockAction): Where {
  return { team: body.team?.id ?? null, channel: body.channel?.id ?? null, channelType: channelTypeOf(body.channel?.id) };
}

/** Replies to a click go to the clicker only: through response_url, or as an ephemeral message. */
export function replyToClicker(client: webApi.WebClient, body: BlockAction, respond: RespondFn | undefined): Post {
  if (respond) return ephemeralPost(respond);
  return async (message) => {
    const channel = body.channel?.id;
    if (!channel) return;
    await client.chat.postEphemeral({ channel, user: body.user.id, text: message.text, blocks: message.blocks });
  };
}
