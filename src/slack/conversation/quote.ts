import { guarded, type Post } from "./ask.js";
import { audiencesFor } from "./audiences.js";
import type { SlackDeps } from "../deps.js";
import { excerptsMessage } from "../render/excerptBlocks.js";
import { plainMessage, refusalMessage } from "../render/messages.js";
import { unescapeSlack } from "../render/mrkdwn.js";
import { inScope, type Where } from "./scope.js";

export const EXCERPTS_UNAVAILABLE =
  "The excerpt feature is not available yet. Ask a question instead, e.g. `/safeguide what did the inspection find?`";

/**
 * `/safeguide quote <topic>`: the top verbatim excerpts for trainers, each with its full citation, shown to
 * the asker only, with a button that sends them all as a Word document to the asker's DM (listeners/actions/excerptsDocx.ts).
 */
export async function handleQuote(deps: SlackDeps, where: Where & { topic: string }, slackPost: Post): Promise<void> {
  const post = deps.retrying(slackPost);
  await guarded(deps.logger, post, async () => {
    if (!inScope(deps.config.slack, where)) {
      await post(refusalMessage());
      return;
    }
    const topic = unescapeSlack(where.topic).trim();
    if (!topic) {
      await post(plainMessage("Say what the excerpts should be about, e.g. `/safeguide quote professional curiosity`."));
      return;
    }
    if (typeof deps.service.excerpts !== "function") {
      await post(plainMessage(EXCERPTS_UNAVAILABLE));
      return;
    }
    const started = performance.now();
    const set = await deps.service.excerpts(topic, { audiences: audiencesFor(deps.config.slack, where) });
    await post(excerptsMessage(set));
    deps.logger.info({ excerpts: set.total, documents: set.groups.length, ms: Math.round(performance.now() - started) }, "excerpts shown");
  });
}
