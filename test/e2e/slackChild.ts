import { openSlackStores } from "../../src/app/stores.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logging.js";
import { startSlackFromConfig, stopOnSignal } from "../../src/slack/start.js";
import { FakeService } from "../slack/fakeService.js";

/**
 * The Slack app as `npm start` runs it in HTTP mode (startSlackFromConfig, the SIGTERM handling, the
 * journal in DATA_DIR), with canned answers instead of the index, so that a test can kill and restart it
 * quickly. FAKE_ANSWER_MS delays each answer, to keep work in hand.
 */
const config = loadConfig(process.env);
const service = new FakeService();
service.delayMs = Number(process.env.FAKE_ANSWER_MS ?? 0);
const logger = createLogger(config.logLevel);
const started = await startSlackFromConfig(config, service, { stores: await openSlackStores(config, logger), logger });
if (!started.slack) process.exit(started.exitCode);
stopOnSignal(started.slack, async () => {}, config.slack.delivery.shutdownGraceMs, started.logger);
