import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";

/** Message subtypes that still carry a practitioner's question. */
const ANSWERABLE_SUBTYPES = new Set(["file_share", "thread_broadcast"]);

interface EventEnvelope {
  type?: string;
  event_id?: string;
  event?: { type?: string; subtype?: string; bot_id?: string; user?: string; client_msg_id?: string };
}

/**
 * Global middleware, before any listener: drop messages that are not a person's new question (the app's
 * own, other bots', edits, deletions), then claim the message so that a second subscription to it (another
 * event_id) is answered once; a retry of one delivery never gets here (delivery/deliveries.ts). The claim is made on
 * behalf of the delivery, so the same delivery processed again after a restart still holds it. Commands
 * and clicks pass straight through.
 */
export function eventFilter(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const envelope = body as EventEnvelope;
    if (envelope.type !== "event_callback" || !envelope.event) return next();
    const event = envelope.event;
    if (isMessageLike(event.type) && !fromAPerson(event, context.botUserId)) return;
    const deliveryKey = typeof context.deliveryKey === "string" ? context.deliveryKey : `event:${envelope.event_id ?? ""}`;
    if (event.client_msg_id && !(await claim(deps, `msg:${event.client_msg_id}`, deliveryKey, context.retryNum))) {
      deps.logger.info({ eventType: event.type, retryNum: context.retryNum ?? 0 }, "duplicate delivery ignored");
      return;
    }
    await next();
  };
}

function isMessageLike(type: string | undefined): boolean {
  return type === "message" || type === "app_mention";
}

function fromAPerson(event: NonNullable<EventEnvelope["event"]>, botUserId: string | undefined): boolean {
  if (event.subtype && !ANSWERABLE_SUBTYPES.has(event.subtype)) return false;
  if (event.bot_id || !event.user) return false;
  return event.user !== botUserId;
}

/** If the store cannot be asked, a first delivery is answered and a retry (x-slack-retry-num) is not. */
async function claim(deps: SlackDeps, key: string, deliveryKey: string, retryNum: number | undefined): Promise<boolean> {
  try {
    return await deps.journal.claim(key, deliveryKey);
  } catch (error) {
    deps.logger.error({ err: error, retryNum: retryNum ?? 0 }, "event de-duplication failed");
    return !retryNum;
  }
}
