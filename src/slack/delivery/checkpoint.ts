/**
 * Named points in a delivery's life where a test can make the process die at once, as a crash would
 * (SIGKILL: no handlers, no flushing), to show that no acknowledged delivery is lost or answered twice.
 */
export type CheckpointName =
  /** The delivery is in the journal; Slack has not had its acknowledgement. */
  | "recorded"
  /** The answer is worked out; it is not posted. */
  | "answered"
  /** A post to Slack failed and will be retried. */
  | "post-failed"
  /** Slack has the answer; the journal has not marked the delivery answered. */
  | "posted";

export const CHECKPOINTS: readonly CheckpointName[] = ["recorded", "answered", "post-failed", "posted"];

export type Checkpoint = (name: CheckpointName) => void;

export const noCheckpoint: Checkpoint = () => {};

/** Dies at the named checkpoint (SLACK_CRASH_AT, for tests only); elsewhere does nothing. */
export function crashAt(name: string | null): Checkpoint {
  if (!name) return noCheckpoint;
  if (!CHECKPOINTS.includes(name as CheckpointName))
    throw new Error(`SLACK_CRASH_AT: unknown checkpoint "${name}"; one of ${CHECKPOINTS.join(", ")}`);
  return (at) => {
    if (at === name) process.kill(process.pid, "SIGKILL");
  };
}
