import { userInfo } from "node:os";
import { runChat } from "../cli/chat.js";
import type { Config } from "../config.js";
import { excerptsAsText } from "../excerpts/render/text.js";
import { IndexHolder } from "../index/holder.js";
import { indexSettingsOf } from "../index/settings.js";
import { prepareIndex } from "../retrieve/indexDerived.js";
import { createLogger } from "../logging.js";
import { startSlackFromConfig, stopOnSignal } from "../slack/start.js";
import { openGapRecorder } from "../gaps/open.js";
import { createService } from "./createService.js";
import { recordingGaps } from "./recordingGaps.js";
import { openIndexFollower, openSlackStores } from "./stores.js";
import { createWorkerService } from "./worker/workerService.js";

/** How the app runs: the Slack app, or the terminal chat for an asker who may see the given audiences. */
export type AppMode = { surface: "slack" } | { surface: "chat"; audiences: string[] };

/** Builds the one service for the chosen surface and runs it; a failure to start exits 1 with its message. */
export async function startApp(config: Config, mode: AppMode): Promise<void> {
  // Shared mode: INDEX_DIR becomes this replica's cache of the registry's current version, kept up to date.
  const follower = await openIndexFollower(config, (m) => process.stderr.write(`${m}\n`)).catch((e: Error) => exit(e.message));
  const closeFollower = async () => void (await follower?.close());
  if (mode.surface === "slack") await serveSlack(config, closeFollower);
  else await chat(config, mode.audiences, closeFollower);
}

/** Slack: this thread receives and acknowledges; answers are worked out on their own thread. */
async function serveSlack(config: Config, closeFollower: () => Promise<void>): Promise<void> {
  // The answer thread loads the index, building it first when it is missing, and says so on stderr.
  const service = await createWorkerService().catch((e: Error) => exit(e.message));
  const logger = createLogger(config.logLevel);
  const stores = await openSlackStores(config, logger).catch((e: Error) => exit(e.message));
  const started = await startSlackFromConfig(config, service, { stores, logger });
  if (started.exitCode !== 0 || !started.slack) process.exit(started.exitCode || 1);
  const close = async () => {
    await service.close();
    await closeFollower();
  };
  stopOnSignal(started.slack, close, config.slack.delivery.shutdownGraceMs, started.logger);
}

async function chat(config: Config, audiences: string[], closeFollower: () => Promise<void>): Promise<void> {
  const holder = await IndexHolder.open(indexSettingsOf(config), { prepare: prepareIndex }).catch((e: Error) => exit(e.message));
  const gaps = await openGapRecorder(config).catch((e: Error) => exit(e.message));
  // The terminal's asker is the account running it: only ever hashed, to count distinct askers.
  const service = recordingGaps(await createService(config, () => holder.get()), gaps.recorder, `terminal:${userInfo().username}`);
  await runChat({ service, audiences, quote: async (topic) => excerptsAsText(await service.excerpts(topic, { audiences })) });
  holder.close();
  await gaps.close();
  await closeFollower();
}

function exit(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
