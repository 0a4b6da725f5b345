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

/** Reads a list of excerpts/passages, `{ excerpts: [...] }`, or an ExcerptSet (`{ groups: [{ excerpts }] }`). */
export function toExcerptViews(result: unknown): ExcerptView[] {
  const r = result as { excerpts?: unknown; groups?: { excerpts?: unknown }[] } | null;
  const list = Array.isArray(result)
    ? result
    : Array.isArray(r?.groups)
      ? r.groups.flatMap((g) => (Array.isArray(g?.excerpts) ? g.excerpts : []))
      : r?.excerpts;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: Record<string, any>) => {
    const text = str(item?.text) || str(item?.quote);
    if (!text) return [];
    const cite = (item.citation ?? {}) as Record<string, unknown>;
    const title = str(item.title) || str(cite.title) || str(item.source) || str(cite.source);
    const date = str(item.date) || str(cite.date);
    const where = [str(cite.section) && `section ${str(cite.section)}`, str(cite.paragraph) && `para ${str(cite.paragraph)}`, typeof cite.page === "number" && `p. ${cite.page}`];
    const citation = typeof item.citation === "string" ? item.citation : [`${title} (${date})`, ...where].filter(Boolean).join(", ");
    const shown = `${item.leadingEllipsis ? "… " : ""}${text}${item.trailingEllipsis ? " …" : ""}`;
    return [{ text: shown, title, date, citation }];
  });
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}
