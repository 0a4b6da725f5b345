/**
 * Choosing when to answer from held-out replies: each reply's confidence, whether it was right, and
 * whether the answerhood check ruled it out whatever the confidence.
 */

export interface Outcome {
  answerable: boolean;
  /** The best sentence's probability, and whether the answer built at any threshold below it is right. */
  confidence: number;
  /** The reply fails the answerhood check (extractive.ts): never an answer, whatever the threshold. */
  gated: boolean;
  right: boolean;
}

/**
 * A wrong answer costs more than an honest abstention: the threshold is the lowest (answering most) at
 * which the answers given are right at least PRECISION_TARGET of the time, judged by the Wilson lower bound
 * PRECISION_MARGIN standard errors below the measured precision rather than by the precision itself. The
 * lowest threshold that just reaches the target on held-out replies is the one most likely to have reached
 * it by chance, and new questions then meet a precision below it (out of fold, 0.829 against 0.85 with no
 * margin; 0.855 with this one). When no threshold reaches it, the most precise one. The utility compares
 * settings: any that reach the target beat any that do not, and among those the one answering more
 * questions rightly wins.
 */
export const PRECISION_TARGET = 0.85;
export const PRECISION_MARGIN = 0.25;

export function bestThreshold(
  outcomes: Outcome[],
  target = PRECISION_TARGET,
  margin = PRECISION_MARGIN,
): { threshold: number; utility: number } {
  const curve = precisionCurve(outcomes);
  const meeting = curve.filter((p) => p.answered > 0 && precisionLowerBound(p, margin) >= target);
  if (meeting.length) {
    const best = meeting.reduce((a, b) => (b.right > a.right || (b.right === a.right && b.threshold < a.threshold) ? b : a));
    return { threshold: best.threshold, utility: 1 + best.right / outcomes.length };
  }
  const best = curve.reduce((a, b) => (b.precision > a.precision ? b : a), { threshold: Infinity, precision: 0, answered: 0, right: 0 });
  return { threshold: best.threshold, utility: best.precision };
}

/** The Wilson score interval's lower end, z standard errors below: few answers earn a wide interval. */
export function precisionLowerBound(point: Pick<CurvePoint, "answered" | "precision">, z: number): number {
  const n = point.answered;
  const p = point.precision;
  const shrink = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / shrink;
  const half = (z / shrink) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return centre - half;
}

export interface CurvePoint {
  threshold: number;
  /** Questions answered at this threshold, and how many of them rightly. */
  answered: number;
  right: number;
  precision: number;
}

/** Precision against coverage: for each threshold, the questions answered and the share of them answered rightly. */
export function precisionCurve(outcomes: Outcome[]): CurvePoint[] {
  const cuts = [...new Set(outcomes.map((o) => o.confidence))].sort((a, b) => a - b);
  return cuts.map((threshold) => {
    const answered = outcomes.filter((o) => !o.gated && o.confidence >= threshold);
    const right = answered.filter((o) => o.answerable && o.right).length;
    return { threshold, answered: answered.length, right, precision: answered.length ? right / answered.length : 0 };
  });
}
