import type { SlackConfig } from "../../config.js";
import type { ChannelType } from "../../feedback/store.js";

export interface Where {
  team: string | null;
  channel: string | null;
  channelType: ChannelType;
}

/**
 * The optional allow-lists. An empty list allows everything. Direct messages and the assistant panel
 * are always allowed within an allowed workspace: the channel list limits where answers are seen by others.
 */
export function inScope(slack: Pick<SlackConfig, "allowedTeams" | "allowedChannels">, where: Where): boolean {
  if (slack.allowedTeams.length && (!where.team || !slack.allowedTeams.includes(where.team))) return false;
  if (where.channelType === "im") return true;
  return !slack.allowedChannels.length || (!!where.channel && slack.allowedChannels.includes(where.channel));
}

/** Slack's channel id prefixes: D direct message, C channel, G private channel or group DM. */
export function channelTypeOf(channelId: string | undefined, hint?: string): ChannelType {
  if (hint === "im" || hint === "channel" || hint === "group" || hint === "mpim") return hint;
  if (hint === "directmessage") return "im";
  if (hint === "privategroup") return "group";
  if (hint === "mpdm") return "mpim";
  const prefix = channelId?.[0];
  if (prefix === "D") return "im";
  if (prefix === "C") return "channel";
  if (prefix === "G") return "group";
  return "unknown";
}
