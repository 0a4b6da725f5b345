import { AsyncLocalStorage } from "node:async_hooks";
import type { App, ReceiverEvent } from "@slack/bolt";
import { newReferenceId, type Logger } from "../../logging.js";
import type { Checkpoint } from "./checkpoint.js";
import type { DeliveryInHand } from "./deliveryInHand.js";
import { deliveryKey } from "./journal/deliveryKey.js";
import { ANSWERED_RETENTION_MS, type EventJournal, type Lease } from "./journal/eventJournal.js";
import type { Post } from "../conversation/ask.js";
import { DeliveryDeferred, isDeferred } from "./retryPost.js";

export interface DeliveryOptions {
  journal: EventJournal;
  lease: Lease;
  logger: Logger;
  checkpoint: Checkpoint;
}

/** Pending deliveries taken per sweep; the answer queue paces them. */
const TAKE_PER_SWEEP = 100;

/**
 * Every delivery Bolt is handed (over HTTP or Socket Mode) is first recorded in the journal, then
 * acknowledged, and marked answered only once its listeners are done. A repeat of a recorded delivery
 * (Slack's retry, a replayed request) is acknowledged and dropped.
 *
 * An Events API delivery wants only an empty 200, so it is acknowledged as soon as it is recorded and
 * handed to Bolt on a later turn of the event loop: a burst is acknowledged before Bolt works on any of it.
 * Commands and interactions go through Bolt as usual, since their acknowledgement may carry a response.
 *
 * Pending deliveries (left by a crash, a stop, or an outage longer than the post retries) are taken from
 * the journal at start and by a sweep every third of a lease, which also renews the leases of work in hand.
 */
export class Deliveries {
  private readonly process: App["processEvent"];
  private readonly inHand = new Map<string, Promise<void>>();
  /** The delivery whose listeners are running, so that a post can be fenced by its lease. */
  private readonly current = new AsyncLocalStorage<DeliveryInHand>();
  private readonly stopped = new AbortController();
  private sweeper?: NodeJS.Timeout;
  private lastPrune = 0;

  constructor(
    app: App,
    private readonly options: DeliveryOptions,
  ) {
    this.process = app.processEvent.bind(app);
    app.processEvent = (event) => this.receive(event);
  }

  /** Aborted once stop() has waited out its grace: posts then give up and their deliveries are handed back. */
  get signal(): AbortSignal {
    return this.stopped.signal;
  }

  get inHandCount(): number {
    return this.inHand.size;
  }

  /** The delivery whose listeners are running here, if any. */
  deliveryInHand(): DeliveryInHand | undefined {
    return this.current.getStore();
  }

  /** Answer what earlier runs left pending, then keep sweeping. */
  async start(): Promise<void> {
    await this.sweep();
    this.sweeper = setInterval(() => void this.sweep(), Math.max(50, Math.floor(this.options.lease.ms / 3)));
    this.sweeper.unref();
  }

  /**
   * Take no more work; give the work in hand `graceMs` to finish, then hand back what is left (pending,
   * unleased) so the next start answers it at once.
   */
  async stop(graceMs: number): Promise<number> {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
    if (!this.stopped.signal.aborted) {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([Promise.allSettled([...this.inHand.values()]), grace]);
      clearTimeout(timer);
      this.stopped.abort();
    }
    const left = [...this.inHand.keys()];
    for (const key of left) await this.options.journal.release(key, this.options.lease.owner);
    if (left.length)
      this.options.logger.info({ handedBack: left.length }, "stopping: unanswered deliveries stay pending for the next start");
    return left.length;
  }

  /**
   * A post that goes out only while this process still holds the delivery it answers: a process that
   * stalled past its lease, while another took the delivery over, stands down (the delivery is left to
   * the other) rather than answer it a second time.
   */
  fenced(post: Post): Post {
    return async (message) => {
      const delivery = this.current.getStore();
      if (delivery && !(await this.options.journal.confirm(delivery.key, this.options.lease))) {
        this.options.logger.warn("another process took this delivery over while it was being answered; it answers instead");
        throw new DeliveryDeferred("taken over by another process");
      }
      try {
        return await post(message);
      } catch (error) {
        // A post cut off at the network level may still have reached Slack.
        if (delivery) delivery.mayHavePosted = true;
        throw error;
      }
    };
  }

  private async receive(event: ReceiverEvent): Promise<void> {
    const { journal, lease, checkpoint, logger } = this.options;
    const key = deliveryKey(event.body);
    const { isNew } = await journal.record(key, event.body, lease);
    checkpoint("recorded");
    if (!isNew) {
      logger.info({ kind: key.slice(0, key.indexOf(":")), retryNum: event.retryNum ?? 0 }, "repeated delivery acknowledged and ignored");
      await event.ack();
      return;
    }
    if (!isEventsApiDelivery(event.body)) return this.track(key, () => this.work(key, event));
    await event.ack();
    void this.track(key, () =>
      new Promise((resolve) => setImmediate(resolve)).then(() => this.work(key, { ...event, ack: async () => {} })),
    );
  }

  private track(key: string, run: () => Promise<void>): Promise<void> {
    const work = run().finally(() => this.inHand.delete(key));
    this.inHand.set(key, work);
    return work;
  }

  /** `recovered`: taken from the journal, left pending by an earlier attempt that may have posted its answer. */
  private async work(key: string, event: ReceiverEvent, recovered = false): Promise<void> {
    const { journal, logger, lease, checkpoint } = this.options;
    if (this.stopped.signal.aborted) {
      // Recorded after stop() gave up waiting: it stays pending, for the next start at once.
      await journal.release(key, lease.owner).catch(() => {});
      return;
    }
    let failure: unknown;
    try {
      const delivery = { key, mayHavePosted: recovered };
      await this.current.run(delivery, () => this.process({ ...event, customProperties: { ...event.customProperties, deliveryKey: key } }));
    } catch (error) {
      failure = error ?? new Error("unknown failure");
    }
    if (isDeferred(failure)) {
      logger.warn({ err: failure }, "answer not posted; the delivery stays pending and is tried again");
      return;
    }
    // Any other failure was answered with an apology where possible; trying again would repeat it.
    if (failure) logger.error({ referenceId: newReferenceId(), err: failure }, "a Slack delivery failed in Bolt");
    checkpoint("posted");
    await journal.markAnswered(key).catch((error: unknown) => logger.error({ err: error }, "could not mark a delivery answered"));
  }

  private async sweep(): Promise<void> {
    const { journal, lease, logger } = this.options;
    if (this.stopped.signal.aborted) return;
    try {
      if (this.inHand.size) await journal.renew([...this.inHand.keys()], lease);
      const pending = await journal.takePending(lease, TAKE_PER_SWEEP);
      if (pending.length) logger.info({ deliveries: pending.length }, "answering deliveries left pending");
      for (const delivery of pending) {
        if (this.inHand.has(delivery.key)) continue;
        void this.track(delivery.key, () =>
          this.work(delivery.key, { body: delivery.body as ReceiverEvent["body"], ack: async () => {} }, true),
        );
      }
      if (Date.now() - this.lastPrune > 10 * 60_000) {
        this.lastPrune = Date.now();
        await journal.prune(ANSWERED_RETENTION_MS);
      }
    } catch (error) {
      logger.error({ err: error }, "the delivery journal could not be swept");
    }
  }
}

function isEventsApiDelivery(body: unknown): boolean {
  const delivery = body as { type?: unknown; event?: { type?: unknown } } | null;
  return delivery?.type === "event_callback" && delivery.event?.type !== "function_executed";
}
