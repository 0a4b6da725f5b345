import { createHash } from "node:crypto";

/**
 * The journal key of a delivery. An Events API delivery is named by its event_id, which Slack keeps on a
 * retry. A slash command or an interaction has no such id, so it is named by a hash of its whole body: a
 * replay of the same signed request is the same body, while two invocations differ at least in trigger_id
 * and response_url.
 */
export function deliveryKey(body: unknown): string {
  const b = body as { type?: unknown; event_id?: unknown; command?: unknown } | null;
  if (b?.type === "event_callback" && typeof b.event_id === "string" && b.event_id) return `event:${b.event_id}`;
  const kind = typeof b?.command === "string" ? "command" : typeof b?.type === "string" ? b.type : "request";
  return `${kind}:${createHash("sha256").update(JSON.stringify(body)).digest("hex")}`;
}
