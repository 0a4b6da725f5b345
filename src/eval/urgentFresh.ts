import { describesImmediateRisk } from "../answer/guards/urgentRisk.js";
import type { LabelledQuestion } from "./urgentFolds.js";

/**
 * The shipped urgent classifier judged on a set written after its features and weights were frozen:
 * nothing is refitted, so these are the figures a new question can expect.
 */

export interface FreshFigures {
  urgent: number;
  plain: number;
  recall: number;
  falsePositiveRate: number;
  missed: string[];
  falseAlarms: string[];
}

export function judgeFresh(rows: LabelledQuestion[], flags: (text: string) => boolean = describesImmediateRisk): FreshFigures {
  const judged = rows.map((r) => ({ ...r, flagged: flags(r.text) }));
  const urgent = judged.filter((r) => r.urgent);
  const plain = judged.filter((r) => !r.urgent);
  return {
    urgent: urgent.length,
    plain: plain.length,
    recall: urgent.filter((r) => r.flagged).length / Math.max(1, urgent.length),
    falsePositiveRate: plain.filter((r) => r.flagged).length / Math.max(1, plain.length),
    missed: urgent.filter((r) => !r.flagged).map((r) => r.text),
    falseAlarms: plain.filter((r) => r.flagged).map((r) => r.text),
  };
}
