import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Config } from "../config.js";
import type { PreparedIndex } from "../retrieve/indexDerived.js";
import { answer } from "../answer/pipeline.js";
import type { SafeguideService } from "../service.js";
import { guardedExcerpts } from "./guardedExcerpts.js";
import { guardedPassages } from "./guardedPassages.js";
import { statusOf } from "./status.js";

/** The service every surface is handed: answers, excerpts and status over whatever index is current. */
export async function createService(config: Config, currentSnapshot: () => PreparedIndex): Promise<SafeguideService> {
  const model = await chatModelFor(config);
  return {
    answer: (question, options) =>
      answer(question, { snapshot: currentSnapshot(), contacts: config.contacts, model, passagesReturned: config.topK }, options),
    excerpts: (topic, filters, options) => guardedExcerpts(currentSnapshot(), config.contacts, topic, { ...options, filters }),
    passages: (question, options) => guardedPassages(currentSnapshot(), config.contacts, question, options),
    status: async (audiences) => statusOf(currentSnapshot(), audiences),
  };
}

/** The provider's client is loaded only when one is configured: it is large, and the default never needs it. */
async function chatModelFor(config: Config): Promise<BaseChatModel | null> {
  if (!config.llm) return null;
  const { createChatModel } = await import("../answer/llm/chatModel.js");
  return createChatModel(config.llm, { timeoutMs: config.llmTimeoutMs, maxRetries: config.llmMaxRetries });
}
