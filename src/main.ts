import "dotenv/config";
import { createService } from "./answer/createService.js";
import { runChat } from "./cli/chat.js";
import { excerptsAsText } from "./excerpts/render/text.js";
import { loadConfig } from "./config.js";
import { IndexHolder } from "./index/holder.js";
import { startSlackFromConfig } from "./slack/start.js";

/** Entry: the Slack app when a bot token is set, otherwise the terminal chat. */

const config = loadConfig();
const holder = await IndexHolder.open(config).catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
const service = createService(config, () => holder.get());

if (config.slack.botToken) {
  const started = await startSlackFromConfig(config, service);
  if (started.exitCode !== 0) process.exit(started.exitCode);
  const stop = async () => {
    await started.slack?.stop();
    holder.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} else {
  await runChat({ service, quote: async (topic) => excerptsAsText(await service.excerpts(topic)) });
  holder.close();
}
