import type { Config } from "../config.js";

export type SlackMode = "socket" | "http" | { missing: string[] };

/**
 * Which way to connect: a bot token plus an app token is Socket Mode; a bot token plus a signing secret
 * (no app token) is HTTP mode. Anything else names what is missing.
 */
export function slackModeFor(config: Pick<Config, "slack">): SlackMode {
  const { botToken, appToken, signingSecret } = config.slack;
  if (!botToken) return { missing: ["SLACK_BOT_TOKEN"] };
  if (appToken) return "socket";
  if (signingSecret) return "http";
  return { missing: ["SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"] };
}

export function missingMessage(missing: string[]): string {
  if (missing.includes("SLACK_APP_TOKEN") && missing.includes("SLACK_SIGNING_SECRET")) {
    return (
      "SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is. " +
      "Set one of them; see docs/CONNECT_TO_SLACK.md."
    );
  }
  return `Slack is not configured: missing ${missing.join(", ")}. See docs/CONNECT_TO_SLACK.md.`;
}
