/** The delivery a listener is answering, as the journal knows it. */
export interface DeliveryInHand {
  /** Its journal key. */
  key: string;
  /**
   * An earlier attempt may already have put its answer in Slack: it was left pending by a process that
   * died or stopped, or a post was cut off at the network level (Slack may have taken it before the cut).
   */
  mayHavePosted: boolean;
  /** Taken from the journal rather than handed over by the receiver: an earlier attempt may have shown a notice. */
  recovered: boolean;
  /** The asker was told the answer is on its way (stillWorking.ts). */
  noticed?: boolean;
}
