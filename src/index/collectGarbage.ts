/**
 * A full garbage collection, where the process allows it (`npm run reindex` runs node with --expose-gc).
 * A reindex calls it where a stage has just let go of something large (a document's text, the lexical
 * index, the embedding batches, the dense index): V8 would otherwise collect it only once the heap had grown
 * well past it, and the reindex's peak memory is the sum of what each stage left lying.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
