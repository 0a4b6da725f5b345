/** Nearest neighbours of a query vector among the chunks: ids with cosine similarity, best first. */
export interface DenseIndex {
  search(vector: number[], k: number): Promise<{ id: string; similarity: number }[]>;
}
