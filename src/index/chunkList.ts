import type { Chunk } from "../corpus/types.js";
import type { ChunkStore } from "./chunkStore.js";

/** A `ChunkStore` over chunks held in this process: those read lazily from a version's files, or built in memory. */
export class ChunkList implements ChunkStore {
  private readonly byId: Map<string, Chunk>;

  constructor(private readonly chunks: readonly Chunk[]) {
    this.byId = new Map(chunks.map((c) => [c.id, c]));
  }

  get count(): number {
    return this.chunks.length;
  }

  get(id: string): Chunk | undefined {
    return this.byId.get(id);
  }

  at(position: number): Chunk {
    return this.chunks[position];
  }

  all(): readonly Chunk[] {
    return this.chunks;
  }

  [Symbol.iterator](): Iterator<Chunk> {
    return this.chunks[Symbol.iterator]();
  }
}
