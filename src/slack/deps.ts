import type { WorkQueue } from "./delivery/workQueue.js";
import type { SafeguideService } from "../service.js";
import type { Config } from "../config.js";
import type { FeedbackStore } from "../feedback/store.js";
import type { GapRecorder } from "../gaps/recorder.js";
import type { Logger } from "../logging.js";
import type { Notice, Post } from "./conversation/ask.js";
import type { Checkpoint } from "./delivery/checkpoint.js";
import type { DeliveryInHand } from "./delivery/deliveryInHand.js";
import type { EventJournal } from "./delivery/journal/eventJournal.js";
import type { AnswerMemory } from "./memory/answerMemory.js";

/** The one service (src/service.ts), as the Slack app is handed it. */
export type SlackService = SafeguideService;

/**
 * The Slack app's state, opened by the composition root (src/app/stores.ts) for the embedded or the shared
 * mode and handed to createSlackApp, which closes it last when it stops.
 */
export interface SlackStores {
  journal: EventJournal;
  feedback: FeedbackStore;
  memory: AnswerMemory;
  /** The gap report's recorder (records nothing unless GAP_REPORT=on). */
  gaps: GapRecorder;
  /** Resolves when the shared database answers (shared mode only); /healthz asks it. */
  ping?: () => Promise<void>;
  close(): Promise<void>;
}

/** Everything a listener needs, built once by app.ts. */
export interface SlackDeps {
  config: Config;
  service: SlackService;
  feedback: FeedbackStore;
  /** The gap report's recorder (records nothing unless GAP_REPORT=on). */
  gaps: GapRecorder;
  /** The delivery journal; its claims de-duplicate one message delivered as several events. */
  journal: EventJournal;
  /** The delivery being answered (set while its listeners run), for marking and finding its answer. */
  delivery: () => DeliveryInHand | undefined;
  /** Wraps a post so that it rides out a Slack outage (delivery/retryPost.ts); every answer's post goes through it. */
  retrying: (post: Post, notice?: Notice) => Post;
  checkpoint: Checkpoint;
  logger: Logger;
  memory: AnswerMemory;
  answers: WorkQueue;
}
