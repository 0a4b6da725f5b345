import type { SafeguideService } from "../answer/service.js";
import type { Config } from "../config.js";
import type { FeedbackStore } from "../feedback/store.js";
import type { Logger } from "../logging.js";
import type { EventDeduper } from "./dedupe.js";
import type { AnswerMemory } from "./memory.js";

/**
 * The service, plus the excerpt feature when it exists (built separately; its result is read loosely
 * by listeners/quote.ts).
 */
export type SlackService = SafeguideService & {
  excerpts?: (topic: string, options?: Record<string, unknown>) => Promise<unknown>;
};

/** Everything a listener needs, built once by app.ts. */
export interface SlackDeps {
  config: Config;
  service: SlackService;
  feedback: FeedbackStore;
  dedupe: EventDeduper;
  logger: Logger;
  memory: AnswerMemory;
}
