import "dotenv/config";
import { parseArgs } from "node:util";
import { startApp, type AppMode } from "./app/start.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { parseAudiences } from "./retrieve/audience.js";
import { missingMessage, slackModeFor } from "./slack/mode.js";

/** Entry: the Slack app when a bot token is set, otherwise the terminal chat. */

const USAGE = `Usage: npm start -- [--audience NAME]
The Slack app when SLACK_BOT_TOKEN is set (README "Connect to Slack"), else the terminal chat, for an asker
who may see the given audiences (public documents only without one).`;
if (process.argv.slice(2).some((a) => a === "--help" || a === "-h")) {
  console.log(USAGE);
  process.exit(0);
}

const config = readConfig();
await startApp(config, modeOf(config));

function modeOf(config: Config): AppMode {
  if (!config.slack.botToken) return { surface: "chat", audiences: chatAudiences() };
  const mode = slackModeFor(config);
  if (typeof mode !== "string") exit(missingMessage(mode.missing));
  return { surface: "slack" };
}

/** `npm start -- --audience board`: who is asking in the terminal chat; without it, public documents only. */
function chatAudiences(): string[] {
  try {
    const { values } = parseArgs({ options: { audience: { type: "string", multiple: true } }, strict: true });
    return parseAudiences(values.audience);
  } catch (e) {
    exit(`${(e as Error).message}\n${USAGE}`);
  }
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) exit(e.message);
    throw e;
  }
}

function exit(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
