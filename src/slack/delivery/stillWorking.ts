import type { Logger } from "../../logging.js";
import type { Notice } from "../conversation/ask.js";
import type { DeliveryInHand } from "./deliveryInHand.js";

/**
 * While an answer's post waits out a Slack or journal stumble, the asker is told once that it is on its
 * way. The notice is not an answer: it is not fenced, not journaled, not retried, and its failure is
 * ignored. It is shown only on the attempt the receiver handed over, never on one taken from the journal,
 * where an earlier attempt may have shown it already.
 */
export function noticeOnce(notice: Notice, delivery: () => DeliveryInHand | undefined, logger: Logger): () => void {
  return () => {
    const inHand = delivery();
    if (!inHand || inHand.recovered || inHand.noticed) return;
    inHand.noticed = true;
    void notice().catch((error: unknown) => logger.debug({ err: error }, "the 'still working' notice could not be shown"));
  };
}
