import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { loadIndex } from "../../src/index/load.js";
import { makeCorpus, TOPICS, type TestCorpus } from "./helpers.js";

/**
 * EMBEDDINGS=openai against a local OpenAI-compatible server (OPENAI_BASE_URL), as with Ollama or vLLM:
 * the manifest names the model, the cache means a reindex sends only new or changed chunks, and the
 * index is refused by a configuration that asks for another model.
 */

const DIMENSION = 8;
let server: Server;
let received: string[] = [];
let corpus: TestCorpus;
let env: Record<string, string>;

/** Hashed bag of words: texts that share words get similar vectors. */
function fakeVector(text: string): number[] {
  const v = new Array(DIMENSION).fill(0);
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) v[createHash("md5").update(word).digest()[0] % DIMENSION] += 1;
  const length = Math.hypot(...v) || 1;
  return v.map((x) => x / length);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (part) => (body += part));
    req.on("end", () => {
      const request = JSON.parse(body) as { input: string | string[]; model: string; encoding_format?: string };
      const inputs = Array.isArray(request.input) ? request.input : [request.input];
      received.push(...inputs);
      const data = inputs.map((text, index) => {
        const vector = fakeVector(text);
        const embedding = request.encoding_format === "base64" ? Buffer.from(Float32Array.from(vector).buffer).toString("base64") : vector;
        return { object: "embedding", index, embedding };
      });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ object: "list", data, model: request.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  env = { EMBEDDINGS: "openai", OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`, LLM_MAX_RETRIES: "0" };
  corpus = makeCorpus();
});
afterAll(async () => {
  corpus.cleanup();
  await new Promise((resolve) => server.close(resolve));
});

describe("OpenAI-compatible embeddings", () => {
  it("builds an index whose manifest names the model", async () => {
    const report = await buildIndex(corpus.config(env));
    expect(report).toMatchObject({ outcome: "built", exitCode: 0 });
    const snapshot = await loadIndex(corpus.config(env));
    expect(snapshot.manifest.embedding).toEqual({
      provider: "openai",
      model: "text-embedding-3-small",
      dimension: DIMENSION,
      identity: "openai:text-embedding-3-small",
    });
    expect(received).toHaveLength(snapshot.chunks.count);
  });

  it("embeds only the changed chunks on a reindex", async () => {
    const total = (await loadIndex(corpus.config(env))).chunks.count;
    received = [];
    corpus.write("2023-01-attendance-procedure.txt", `${TOPICS["2023-01-attendance-procedure.txt"]}\nTruancy patrols ended in 2019.\n`);
    const report = await buildIndex(corpus.config(env));
    expect(report.outcome).toBe("built");
    expect(received.length).toBeGreaterThanOrEqual(1);
    expect(received.length).toBeLessThan(total);
    expect(received.some((t) => t.includes("Truancy patrols"))).toBe(true);
  });

  it("embeds a question through the same server and finds the passage", async () => {
    const snapshot = await loadIndex(corpus.config(env));
    const chunk = snapshot.chunks.all().find((c) => c.text.includes("Truancy patrols"))!;
    const [hit] = await snapshot.dense.search(await snapshot.embeddings.embedQuery(chunk.text), 1);
    expect(hit.similarity).toBeCloseTo(1, 4);
  });

  it("is refused by a configuration that asks for the local model", async () => {
    await expect(loadIndex(corpus.config())).rejects.toThrow(
      /built with embedding model openai\/text-embedding-3-small; the configuration asks for local\/lsa-16/,
    );
  });
});
