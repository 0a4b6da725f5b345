import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Config } from "../config.js";
import type { IndexSnapshot } from "../index/snapshot.js";
import { findExcerpts } from "../excerpts/find.js";
import type { ExcerptSet } from "../excerpts/types.js";
import { documentAudiences, visibleTo } from "../retrieve/audience.js";
import type { SearchFilters } from "../retrieve/types.js";
import { answer } from "./pipeline.js";
import type { IndexStatus, SafeguideService } from "./service.js";

export type SafeguideAppService = SafeguideService & { excerpts: (topic: string, filters?: SearchFilters) => Promise<ExcerptSet> };

/** The service every surface is handed: the answer pipeline and excerpts over whatever index is current. */
export async function createService(config: Config, currentSnapshot: () => IndexSnapshot): Promise<SafeguideAppService> {
  const model = await chatModelFor(config);
  return {
    answer: (question, options) =>
      answer(question, { snapshot: currentSnapshot(), contacts: config.contacts, model, passagesReturned: config.topK }, options),
    status: async (audiences) => statusOf(currentSnapshot(), audiences),
    excerpts: (topic, filters) => findExcerpts(currentSnapshot(), topic, { filters }),
  };
}

/** The provider's client is loaded only when one is configured: it is large, and the default never needs it. */
async function chatModelFor(config: Config): Promise<BaseChatModel | null> {
  if (!config.llm) return null;
  const { createChatModel } = await import("./llm/chatModel.js");
  return createChatModel(config.llm, { timeoutMs: config.llmTimeoutMs, maxRetries: config.llmMaxRetries });
}

export function statusOf(snapshot: IndexSnapshot, audiences: string[] = []): IndexStatus {
  const m = snapshot.manifest;
  const known = documentAudiences(snapshot);
  const hidden = [...known.values()].filter((d) => !visibleTo(d.audience, audiences));
  // A listed file with no chunks has no known audience, so it is not listed.
  const shown = (file: string) => known.has(file) && visibleTo(known.get(file)!.audience, audiences);
  return {
    version: m.version,
    builtAt: m.builtAt,
    embeddingModel: `${m.embedding.model} (${m.embedding.dimension} dimensions)`,
    chunkCount: snapshot.chunks.count - hidden.reduce((n, d) => n + d.chunks, 0),
    documents: m.sources.filter((s) => shown(s.file)).map((s) => ({ source: s.file, title: s.title, date: s.date, type: s.type })),
  };
}
