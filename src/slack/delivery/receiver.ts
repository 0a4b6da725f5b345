import type { App, Receiver } from "@slack/bolt";
import type { Deliveries } from "./deliveries.js";

/**
 * Bolt's documented extension point for what happens between the wire and the app: a custom receiver.
 * This one wraps Bolt's own (HTTPReceiver or SocketModeReceiver), which keeps the transport (signature,
 * parsing, acknowledgement, the socket), and puts the delivery journal between it and the app: the inner
 * receiver hands each delivery to Deliveries, which journals and acknowledges it and then runs the app.
 */
export class JournalingReceiver implements Receiver {
  constructor(
    readonly inner: Receiver,
    private readonly deliveries: Deliveries,
  ) {}

  init(app: App): void {
    this.deliveries.attach((event) => app.processEvent(event));
    // The inner receivers call nothing of the app but processEvent.
    this.inner.init({ processEvent: (event) => this.deliveries.receive(event) } as App);
  }

  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }

  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }
}
