import type { App, ReceiverEvent } from "@slack/bolt";

/**
 * An Events API delivery wants only an empty 200, so it is acknowledged as soon as the receiver has
 * checked its signature, and handed to Bolt on a later turn of the event loop: a burst of deliveries is
 * acknowledged before Bolt works on any of them. Commands, actions, views and workflow function events go
 * through Bolt as usual, since their acknowledgement may carry a response.
 */
export function acknowledgeEventsFirst(app: App, onError: (error: unknown) => void): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    if (!isEventsApiDelivery(event.body)) return processEvent(event);
    await event.ack();
    setImmediate(() => processEvent({ ...event, ack: async () => {} }).catch(onError));
  };
}

function isEventsApiDelivery(body: unknown): boolean {
  const delivery = body as { type?: unknown; event?: { type?: unknown } } | null;
  return delivery?.type === "event_callback" && delivery.event?.type !== "function_executed";
}
