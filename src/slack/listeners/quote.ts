import { guarded, type Post } from "../ask.js";
import type { SlackDeps } from "../deps.js";
import { excerptsMessage, plainMessage, refusalMessage, type ExcerptView } from "../render/messages.js";
import { unescapeSlack } from "../render/mrkdwn.js";
import { inScope, type Where } from "../scope.js";

/**
 * `/safeguide quote <topic>`: verbatim excerpts for trainers. The excerpt feature is built separately; this
 * hook calls `service.excerpts` when the service has it and reads its result loosely (a list of passages
 * or excerpts, or `{ excerpts: [...] }`).
 */
export async function handleQuote(deps: SlackDeps, where: Where & { topic: string }, post: Post): Promise<void> {
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
      await post(plainMessage("The excerpt feature is not available yet. Ask a question instead, e.g. `/safeguide what did the inspection find?`"));
      return;
    }
    const result = await deps.service.excerpts(topic, {});
    await post(excerptsMessage(topic, toExcerptViews(result)));
  });
}

export function toExcerptViews(result: unknown): ExcerptView[] {
  const list = Array.isArray(result) ? result : (result as { excerpts?: unknown })?.excerpts;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: Record<string, unknown>) => {
    const text = typeof item?.text === "string" ? item.text : typeof item?.quote === "string" ? item.quote : null;
    if (!text) return [];
    const str = (v: unknown) => (typeof v === "string" ? v : "");
    const citation = typeof item.citation === "string" ? item.citation : undefined;
    return [{ text, title: str(item.title) || str(item.source), date: str(item.date), citation }];
  });
}
