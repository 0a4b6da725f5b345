import type { App, ReceiverEvent } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../src/logging.js";
import { noCheckpoint } from "../../../src/slack/delivery/checkpoint.js";
import { Deliveries } from "../../../src/slack/delivery/deliveries.js";
import { SqliteEventJournal } from "../../../src/slack/delivery/journal/sqliteJournal.js";
import { DeliveryDeferred } from "../../../src/slack/delivery/retryPost.js";

/** Bolt stand-in: logs what it is handed, acks, and runs `work` (the listeners). */
function recordingApp(work: (body: Record<string, any>) => Promise<void> = async () => {}) {
  const log: string[] = [];
  const app = {
    async processEvent(event: ReceiverEvent) {
      log.push(`bolt:${event.body.type}`);
      await event.ack();
      await work(event.body);
    },
  };
  return { app: app as unknown as App, log };
}

const delivery = (body: Record<string, unknown>, log: string[]): ReceiverEvent => ({ body, ack: async () => void log.push("ack") });
const mentionBody = (id: string) => ({ type: "event_callback", event_id: id, event: { type: "app_mention" } });
const turn = () => new Promise((resolve) => setImmediate(resolve));
const settle = async () => {
  for (let i = 0; i < 5; i++) await turn();
};

function setup(work?: (body: Record<string, any>) => Promise<void>, owner = "me") {
  const journal = new SqliteEventJournal(":memory:");
  const { app: bolt, log } = recordingApp(work);
  const deliveries = new Deliveries({
    journal,
    lease: { owner, ms: 60_000 },
    logger: createLogger("silent"),
    checkpoint: noCheckpoint,
    deadlineMs: 120_000,
  });
  deliveries.attach((event) => bolt.processEvent(event));
  // What the receiver (receiver.ts) calls with each delivery.
  const app = { processEvent: (event: ReceiverEvent) => deliveries.receive(event) };
  return { app, log, journal, deliveries };
}

describe("Deliveries", () => {
  it("records an Events API delivery, acknowledges it before Bolt works on it, and marks it answered after", async () => {
    const { app, log, journal } = setup();
    await app.processEvent(delivery(mentionBody("Ev1"), log));
    expect(log).toEqual(["ack"]);
    expect(await journal.countPending()).toBe(1);
    await settle();
    expect(log).toEqual(["ack", "bolt:event_callback"]);
    expect(await journal.countPending()).toBe(0);
  });

  it("acknowledges a repeated delivery without handing it to Bolt", async () => {
    const { app, log } = setup();
    await app.processEvent(delivery(mentionBody("Ev1"), log));
    await settle();
    await app.processEvent(delivery(mentionBody("Ev1"), log));
    await settle();
    expect(log).toEqual(["ack", "bolt:event_callback", "ack"]);
  });

  it("leaves commands and interactions to Bolt, whose ack may carry a response, and answers a replay once", async () => {
    const { app, log } = setup();
    const command = { command: "/safeguide", text: "q", trigger_id: "t1", response_url: "https://x/1" };
    await app.processEvent(delivery(command, log));
    await app.processEvent(delivery({ type: "block_actions", trigger_id: "t2" }, log));
    await app.processEvent(delivery(command, log));
    expect(log).toEqual(["bolt:undefined", "ack", "bolt:block_actions", "ack", "ack"]);
  });

  it("keeps a deferred answer pending, and a later sweep answers it", async () => {
    let fail = true;
    const { app, log, journal, deliveries } = setup(async () => {
      if (fail) throw new DeliveryDeferred("Slack is down");
    });
    await app.processEvent(delivery(mentionBody("Ev1"), log));
    await settle();
    expect(await journal.countPending()).toBe(1);
    fail = false;
    await journal.release("event:Ev1", "me");
    await deliveries.start();
    await settle();
    expect(log).toEqual(["ack", "bolt:event_callback", "bolt:event_callback"]);
    expect(await journal.countPending()).toBe(0);
    await deliveries.stop(0);
  });

  it("on stop, waits out the grace and hands back work still in hand", async () => {
    const { app, log, journal, deliveries } = setup(() => new Promise(() => {}));
    await app.processEvent(delivery(mentionBody("Ev1"), log));
    await settle();
    expect(await deliveries.stop(10)).toBe(1);
    expect(deliveries.signal.aborted).toBe(true);
    const taken = await journal.takePending({ owner: "next", ms: 60_000 }, 10);
    expect(taken.map((t) => t.key)).toEqual(["event:Ev1"]);
  });

  it.each([
    ["within its deadline: its lease is renewed and no one else takes it", 120_000, []],
    ["stuck past its deadline: its lease lapses, and another replica takes it over", 0, ["event:Ev1"]],
  ])("work in hand %s", async (_, deadlineMs, takenByOther) => {
    const clock = { now: 1_000_000 };
    const journal = new SqliteEventJournal(":memory:", () => clock.now);
    const deliveries = new Deliveries({
      journal,
      lease: { owner: "stuck", ms: 1000 },
      logger: createLogger("silent"),
      checkpoint: noCheckpoint,
      deadlineMs,
    });
    deliveries.attach(() => new Promise(() => {}));
    await deliveries.receive(delivery(mentionBody("Ev1"), []));
    await settle();
    clock.now += 1500;
    await deliveries.start();
    const taken = await journal.takePending({ owner: "other", ms: 1000 }, 10);
    expect(taken.map((t) => t.key)).toEqual(takenByOther);
    await deliveries.stop(0);
  });
});
