import type { App, ReceiverEvent } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { acknowledgeEventsFirst } from "../../src/slack/earlyAck.js";

function recordingApp() {
  const log: string[] = [];
  const app = {
    async processEvent(event: ReceiverEvent) {
      log.push(`bolt:${(event.body as { type: string }).type}`);
      await event.ack();
    },
  };
  return { app: app as unknown as App, log };
}

const delivery = (body: Record<string, unknown>, log: string[]): ReceiverEvent => ({ body, ack: async () => void log.push("ack") });

describe("acknowledgeEventsFirst()", () => {
  it("acknowledges an Events API delivery before Bolt works on it, and Bolt's ack is then a no-op", async () => {
    const { app, log } = recordingApp();
    acknowledgeEventsFirst(app, () => {});
    await app.processEvent(delivery({ type: "event_callback", event: { type: "app_mention" } }, log));
    expect(log).toEqual(["ack"]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["ack", "bolt:event_callback"]);
  });
  it("leaves commands, actions and workflow function events to Bolt, whose ack may carry a response", async () => {
    const { app, log } = recordingApp();
    acknowledgeEventsFirst(app, () => {});
    await app.processEvent(delivery({ type: "block_actions" }, log));
    await app.processEvent(delivery({ type: "event_callback", event: { type: "function_executed" } }, log));
    expect(log).toEqual(["bolt:block_actions", "ack", "bolt:event_callback", "ack"]);
  });
  it("reports a failure in Bolt's later processing instead of losing it", async () => {
    const failures: unknown[] = [];
    const app = { processEvent: async () => Promise.reject(new Error("boom")) } as unknown as App;
    acknowledgeEventsFirst(app, (e) => failures.push(e));
    await app.processEvent(delivery({ type: "event_callback", event: { type: "message" } }, []));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect((failures[0] as Error).message).toBe("boom");
  });
});
