/**
 * What a fitted model was fitted on, written beside its weights by `npm run train` in one format for both
 * models, so anyone can see what a weight file stands for and refit it the same way.
 */
export interface Provenance {
  fittedAt: string;
  commit: string;
  questionFiles: { file: string; sha256: string; questions: number; fittedOn: number }[];
  lockbox: { salt: string; questions: number };
  embedding: { model: string; dimension: number };
  chunking: Record<string, unknown>;
  /** The L2 penalty, and for the answer model its threshold, companion share and precision target. */
  settings: Record<string, number>;
  /** score.py's metrics, by name. */
  outOfFold: Record<string, number | null>;
  /** Scored once, at the end of a piece of work, by models that never saw it; null until then. */
  lockboxFigures: Record<string, number | null> | null;
}
