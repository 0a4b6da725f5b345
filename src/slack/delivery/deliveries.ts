import { AsyncLocalStorage } from "node:async_hooks";
import { setMaxListeners } from "node:events";
import type { ReceiverEvent } from "@slack/bolt";
import { newReferenceId, type Logger } from "../../logging.js";
import type { Checkpoint } from "./checkpoint.js";
import type { DeliveryInHand } from "./deliveryInHand.js";
import { deliveryKey } from "./journal/deliveryKey.js";
import { ANSWERED_RETENTION_MS, type EventJournal, type Lease } from "./journal/eventJournal.js";
import type { Post } from "../conversation/ask.js";
import { DeliveryDeferred, isDeferred } from "./retryPost.js";
import { isFailed, JournalUnavailable } from "./slackFailure.js";
import { untilItHolds } from "./untilItHolds.js";

export interface DeliveryOptions {
  journal: EventJournal;
  lease: Lease;
  logger: Logger;
  checkpoint: Checkpoint;
  /**
   * How long one delivery may stay in hand here. Past it, its lease is no longer renewed, so a replica
   * whose work is stuck lets another take it over (the stuck one's fenced post then stands down).
   */
  deadlineMs: number;
  /**
   * The longest one Slack call of a post may be in flight (the Web API client's timeout). Just before a
   * post the lease is extended by it, in the same statement that checks the lease is still held, so that
   * no other replica takes the delivery over while a post may still reach Slack, even when this process
   * is too loaded to renew its leases in time. 10 s when not given.
   */
  postDeadlineMs?: number;
}

/** Bolt's own processing of a delivery (App.processEvent), handed over by the receiver. */
export type ProcessEvent = (event: ReceiverEvent) => Promise<void>;

/** Pending deliveries taken per sweep; the answer queue paces them. */
const TAKE_PER_SWEEP = 100;

/**
 * Every delivery the receiver is handed (over HTTP or Socket Mode) is first recorded in the journal, then
 * acknowledged, and marked answered only once its listeners are done. A repeat of a recorded delivery
 * (Slack's retry, a replayed request) is acknowledged and dropped.
 *
 * An Events API delivery wants only an empty 200, so it is acknowledged as soon as it is recorded and
 * handed to Bolt on a later turn of the event loop: a burst is acknowledged before Bolt works on any of it.
 * Commands and interactions go through Bolt as usual, since their acknowledgement may carry a response.
 *
 * Pending deliveries (left by a crash, a stop, or an outage longer than the post retries) are taken from
 * the journal at start and by a sweep every third of a lease, which also renews the leases of work in hand.
 * The receiver (receiver.ts) hands every delivery to receive() and Bolt's processing to attach().
 */
export class Deliveries {
  private process: ProcessEvent = async () => {
    throw new Error("no Bolt app attached to the deliveries");
  };
  private readonly inHand = new Map<string, { work: Promise<void>; since: number }>();
  /** The delivery whose listeners are running, so that a post can be fenced by its lease. */
  private readonly current = new AsyncLocalStorage<DeliveryInHand>();
  private readonly stopped = new AbortController();
  private sweeper?: NodeJS.Timeout;
  private lastPrune = 0;

  constructor(private readonly options: DeliveryOptions) {
    // Every post waiting out a backoff listens for the stop.
    setMaxListeners(0, this.stopped.signal);
  }

  /** Bolt's processing of a delivery, run once the delivery is journaled. */
  attach(process: ProcessEvent): void {
    this.process = process;
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
    const { journal, logger } = this.options;
    // A refusal may have been cured by a change of configuration (a new token, the app invited back).
    const retried = await journal.retryFailed().catch((error: unknown) => {
      logger.error({ err: error }, "the journal could not hand back failed deliveries");
      return 0;
    });
    if (retried) logger.info({ deliveries: retried }, "deliveries Slack refused before are tried again");
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
      await Promise.race([Promise.allSettled([...this.inHand.values()].map((entry) => entry.work)), grace]);
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
   * A post that goes out only while this process holds the delivery it answers, and that keeps holding
   * it until the post settles. Just before posting, one atomic statement checks that the lease is still
   * this process's and extends it by the post's deadline; a process that stalled past its lease, while
   * another took the delivery over, stands down (the delivery is left to the other) rather than answer it
   * a second time. While the post is in flight the lease is renewed, so no other replica takes the
   * delivery over (and posts too) however long Slack takes to answer; the posted ts is noted right after.
   */
  fenced(post: Post): Post {
    return async (message) => {
      const { journal, lease, logger } = this.options;
      const delivery = this.current.getStore();
      if (!delivery) return post(message);
      const hold = { owner: lease.owner, ms: lease.ms + (this.options.postDeadlineMs ?? 10_000) };
      let held: boolean;
      let postedTs: string | null = null;
      const asked = Date.now();
      try {
        held = await journal.confirm(delivery.key, hold);
        // Taken over, or after a post cut off: whoever posted before noted the ts, which then stands.
        if (held && delivery.mayHavePosted) postedTs = await journal.postedTs(delivery.key);
      } catch (error) {
        logger.error({ delivery: delivery.key, err: error }, "the journal could not be reached just before posting; trying again");
        throw new JournalUnavailable("the journal could not be reached before posting", { cause: error });
      }
      if (!held) {
        logger.warn({ delivery: delivery.key }, "another process took this delivery over while it was being answered; it answers instead");
        throw new DeliveryDeferred("taken over by another process");
      }
      if (postedTs) {
        logger.info({ delivery: delivery.key }, "the journal says this answer was posted already; not posted again");
        return { ok: true, ts: postedTs };
      }
      if (Date.now() - asked >= lease.ms) {
        // The check took longer than a lease: too little of the hold may be left for the post to settle in.
        logger.warn({ delivery: delivery.key }, "the journal answered too slowly to post within the lease; trying again");
        throw new JournalUnavailable("the journal answered too slowly to post within the lease");
      }
      const renewing = setInterval(
        () => {
          void journal
            .confirm(delivery.key, hold)
            .catch(() => false)
            .then((still) => {
              if (!still) logger.warn({ delivery: delivery.key }, "the lease of a delivery whose post is in flight could not be renewed");
            });
        },
        Math.max(50, Math.floor(lease.ms / 3)),
      );
      let result: unknown;
      try {
        result = await post(message);
      } catch (error) {
        // A post cut off at the network level may still have reached Slack.
        delivery.mayHavePosted = true;
        throw error;
      } finally {
        clearInterval(renewing);
      }
      const ts = (result as { ts?: unknown } | null)?.ts;
      if (typeof ts === "string") {
        await journal
          .notePosted(delivery.key, ts)
          .catch((error: unknown) => logger.warn({ delivery: delivery.key, err: error }, "the journal could not note the posted answer"));
      }
      return result;
    };
  }

  /** A delivery from the receiver: journaled, then acknowledged; not acknowledged when it cannot be journaled. */
  async receive(event: ReceiverEvent): Promise<void> {
    const { journal, lease, checkpoint, logger } = this.options;
    const key = deliveryKey(event.body);
    let isNew: boolean;
    try {
      ({ isNew } = await journal.record(key, event.body, lease));
    } catch (error) {
      logger.error(
        { delivery: key, err: error },
        "the journal could not record a delivery; it is not acknowledged, so Slack sends it again",
      );
      throw new JournalUnavailable("the delivery could not be journaled", { cause: error });
    }
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
    this.inHand.set(key, { work, since: Date.now() });
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
      const delivery: DeliveryInHand = { key, mayHavePosted: recovered, recovered };
      await this.current.run(delivery, () => this.process({ ...event, customProperties: { ...event.customProperties, deliveryKey: key } }));
    } catch (error) {
      failure = error ?? new Error("unknown failure");
    }
    if (isDeferred(failure)) {
      logger.warn({ delivery: key, err: failure }, "answer not posted; the delivery stays pending and is tried again");
      return;
    }
    const settle = { logger, delivery: key, signal: this.stopped.signal };
    if (isFailed(failure)) {
      // No apology either: Slack would refuse it for the same reason.
      await untilItHolds(() => journal.markFailed(key, failure.reason), { ...settle, what: "failed delivery" });
      const failed = await journal.failures().catch(() => undefined);
      logger.error({ delivery: key, reason: failure.reason, failed }, "Slack refuses this delivery's answer; recorded as failed");
      return;
    }
    // Any other failure was answered with an apology where possible; trying again would repeat it.
    if (failure) logger.error({ referenceId: newReferenceId(), delivery: key, err: failure }, "a Slack delivery failed in Bolt");
    checkpoint("posted");
    await untilItHolds(() => journal.markAnswered(key), { ...settle, what: "answered delivery" });
  }

  private async sweep(): Promise<void> {
    const { journal, lease, logger } = this.options;
    if (this.stopped.signal.aborted) return;
    try {
      const live = [...this.inHand].filter(([, entry]) => Date.now() - entry.since < this.options.deadlineMs).map(([key]) => key);
      if (live.length < this.inHand.size)
        logger.warn(
          { stuck: this.inHand.size - live.length },
          "work stuck past its deadline: its leases lapse, for another replica to take over",
        );
      if (live.length) await journal.renew(live, lease);
      const pending = await journal.takePending(lease, TAKE_PER_SWEEP);
      if (pending.length) logger.info({ deliveries: pending.length }, "answering deliveries left pending");
      for (const delivery of pending) {
        if (this.inHand.has(delivery.key)) {
          // Its own stuck work, whose lease lapsed: let it go again, for another replica to take.
          await journal.release(delivery.key, lease.owner);
          continue;
        }
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
