import type { Chunk } from "../corpus/types.js";

/**
 * The passages of one index version, by id and by position (a chunk's position is its label in the dense
 * index). Iterating visits every chunk once, in position order, without copying them: a query path that
 * needs a figure over all chunks computes it once per snapshot, never per question.
 */
export interface ChunkStore extends Iterable<Chunk> {
  readonly count: number;
  get(id: string): Chunk | undefined;
  at(position: number): Chunk;
  /** Every chunk as one array, for reports and tests; a store over a database may build it on each call. */
  all(): readonly Chunk[];
}
