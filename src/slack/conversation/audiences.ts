import type { SlackConfig } from "../../config.js";
import { AUDIENCE_NAME } from "../../retrieve/audience.js";
import type { Where } from "./scope.js";

/**
 * Which audiences a Slack channel may see (SLACK_AUDIENCES, README "Audiences"). A channel not in the map,
 * a direct message and the assistant panel see public documents only: a DM is one person, and the app
 * cannot tell from it which group they speak for.
 */

export type ChannelAudiences = Record<string, string[]>;

const CHANNEL_ID = /^[CG][A-Z0-9]+$/;

/**
 * `C0123:board,C0456:board|audit`: comma-separated entries, each a channel id (C… or G…), a colon, and
 * its audience names separated by `|`. Returns the map, or the problems found, one per entry.
 */
export function parseChannelAudiences(raw: string | undefined): { map: ChannelAudiences } | { problems: string[] } {
  const map: ChannelAudiences = {};
  const problems: string[] = [];
  for (const entry of (raw ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [channel = "", names = "", ...rest] = entry.split(":").map((p) => p.trim());
    const audiences = names
      .split("|")
      .map((n) => n.trim())
      .filter(Boolean);
    if (rest.length || !CHANNEL_ID.test(channel) || !audiences.length) {
      problems.push(
        `"${entry}" is not CHANNEL_ID:audience|audience (a channel id starts with C or G; direct messages see public documents only)`,
      );
    } else if (map[channel]) {
      problems.push(`${channel} is listed twice`);
    } else if (audiences.some((a) => !AUDIENCE_NAME.test(a))) {
      problems.push(`${channel}: an audience name is letters, digits, - _ . only`);
    } else {
      map[channel] = [...new Set(audiences)];
    }
  }
  return problems.length ? { problems } : { map };
}

/** The audiences of the place a request comes from; none (public only) outside a mapped channel. */
export function audiencesFor(slack: Pick<SlackConfig, "channelAudiences">, where: Pick<Where, "channel" | "channelType">): string[] {
  if (where.channelType === "im" || !where.channel) return [];
  return slack.channelAudiences[where.channel] ?? [];
}
