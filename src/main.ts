import "dotenv/config";
import { parseArgs } from "node:util";
import { createService } from "./answer/createService.js";
import { createWorkerService } from "./answer/worker/workerService.js";
import { runChat } from "./cli/chat.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { excerptsAsText } from "./excerpts/render/text.js";
import { parseAudiences } from "./retrieve/audience.js";
import { IndexHolder } from "./index/holder.js";
import { IndexFollower } from "./index/registry/follower.js";
import { indexSettingsOf } from "./index/settings.js";
import { missingMessage, slackModeFor } from "./slack/mode.js";
import { startSlackFromConfig, stopOnSignal } from "./slack/start.js";

/** Entry: the Slack app when a bot token is set, otherwise the terminal chat. */

const config = readConfig();
const mode = config.slack.botToken ? slackModeFor(config) : null;
if (mode && typeof mode !== "string") exit(missingMessage(mode.missing));
// Shared mode: INDEX_DIR becomes this replica's cache of the registry's current version, kept up to date.
const follower = config.databaseUrl
  ? await IndexFollower.start({ ...indexSettingsOf(config), databaseUrl: config.databaseUrl }, (m) => process.stderr.write(`${m}\n`)).catch((e: Error) => exit(e.message))
  : null;
if (mode) await serveSlack(config);
else await chat(config, chatAudiences());

/** Slack: this thread receives and acknowledges; answers are worked out on their own thread. */
async function serveSlack(config: Config): Promise<void> {
  // The answer thread loads the index, building it first when it is missing, and says so on stderr.
  const service = await createWorkerService().catch((e: Error) => exit(e.message));
  const started = await startSlackFromConfig(config, service);
  if (started.exitCode !== 0 || !started.slack) process.exit(started.exitCode || 1);
  const close = async () => {
    await service.close();
    await follower?.close();
  };
  stopOnSignal(started.slack, close, config.slack.delivery.shutdownGraceMs, started.logger);
}

async function chat(config: Config, audiences: string[]): Promise<void> {
  const holder = await IndexHolder.open(indexSettingsOf(config)).catch((e: Error) => exit(e.message));
  const service = await createService(config, () => holder.get());
  await runChat({ service, audiences, quote: async (topic) => excerptsAsText(await service.excerpts(topic, { audiences })) });
  holder.close();
  await follower?.close();
}

/** `npm start -- --audience board`: who is asking in the terminal chat; without it, public documents only. */
function chatAudiences(): string[] {
  try {
    const { values } = parseArgs({ options: { audience: { type: "string", multiple: true } }, strict: true });
    return parseAudiences(values.audience);
  } catch (e) {
    exit(`${(e as Error).message}\nUsage: npm start -- [--audience NAME]`);
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
