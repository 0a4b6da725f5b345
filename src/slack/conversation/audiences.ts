import type { SlackConfig } from "../../config.js";
import type { Where } from "./scope.js";

/**
 * Which audiences a Slack channel may see (SLACK_AUDIENCES, README "Audiences"; parsed in config.ts). A
 * channel not in the map, a direct message and the assistant panel see public documents only: a DM is one
 * person, and the app cannot tell from it which group they speak for.
 *
 * The audiences of the place a request comes from; none (public only) outside a mapped channel.
 */
export function audiencesFor(slack: Pick<SlackConfig, "channelAudiences">, where: Pick<Where, "channel" | "channelType">): string[] {
  if (where.channelType === "im" || !where.channel) return [];
  return slack.channelAudiences[where.channel] ?? [];
}
