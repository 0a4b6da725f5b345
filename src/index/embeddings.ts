import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { EmbeddingSettings } from "./settings.js";
import { LsaEmbeddings, type Texts } from "./lsaEmbeddings.js";

/**
 * Which embedding model an index uses. "local" (the default) is LSA fitted on the corpus at index time;
 * "openai" is OpenAI or Azure OpenAI through @langchain/openai. The identity keys the vector cache and
 * is what the manifest records: "openai:<model>", "azure:<deployment>", or the fitted model's hash.
 */

export interface EmbeddingModel {
  embeddings: EmbeddingsInterface;
  provider: "local" | "openai";
  model: string;
  identity: string;
  /** A model fitted on the corpus, saved with the index; null for a hosted model. */
  fitted: LsaEmbeddings | null;
}

/** What the configuration asks for, comparable with a manifest's embedding.provider and .model. */
export function requestedEmbedding(config: EmbeddingSettings): { provider: "local" | "openai"; model: string } {
  if (config.embeddings.provider === "local") return { provider: "local", model: `lsa-${config.embeddings.lsaDimensions}` };
  const llm = config.llm;
  if (llm?.kind === "azure") return { provider: "openai", model: `azure:${llm.embeddingsDeployment ?? "(unset)"}` };
  return { provider: "openai", model: config.embeddings.openaiModel };
}

/** The model for a new index: fitted on the chunk texts for "local", a client for "openai". */
export async function createEmbeddings(config: EmbeddingSettings, chunkTexts: Texts): Promise<EmbeddingModel> {
  if (config.embeddings.provider === "local") {
    return localModel(config, LsaEmbeddings.fit(chunkTexts, lsaDimensionsFor(config.embeddings.lsaDimensions, chunkTexts.length)));
  }
  return hostedModel(config);
}

/**
 * Above LARGE_CORPUS_CHUNKS the LSA model has at most LARGE_CORPUS_LSA_DIMENSIONS dimensions: the vectors
 * (chunks × dimension float32 in the HNSW index) are then the largest thing a serving process holds, and
 * halving them keeps a 100,000-chunk index in a few hundred MB. The manifest records the dimension used.
 */
export const LARGE_CORPUS_CHUNKS = 20_000;
export const LARGE_CORPUS_LSA_DIMENSIONS = 128;

export function lsaDimensionsFor(requested: number, chunks: number): number {
  return chunks > LARGE_CORPUS_CHUNKS ? Math.min(requested, LARGE_CORPUS_LSA_DIMENSIONS) : requested;
}

/** The model an existing index was built with: the saved fit for "local", a client for "openai". */
export async function openEmbeddings(config: EmbeddingSettings, savedModel: unknown): Promise<EmbeddingModel> {
  if (config.embeddings.provider === "local") return localModel(config, LsaEmbeddings.fromJSON(savedModel));
  return hostedModel(config);
}

/** A fitted model's hash, or "openai:<model>" for an OpenAI model name. */
export function embeddingIdentity(model: LsaEmbeddings | string): string {
  return model instanceof LsaEmbeddings ? model.identity : `openai:${model}`;
}

function localModel(config: EmbeddingSettings, fitted: LsaEmbeddings): EmbeddingModel {
  return { embeddings: fitted, provider: "local", model: requestedEmbedding(config).model, identity: fitted.identity, fitted };
}

/** @langchain/openai is imported only when used: it takes seconds to load, and the default never needs it. */
async function hostedModel(config: EmbeddingSettings): Promise<EmbeddingModel> {
  const llm = config.llm;
  const common = { maxRetries: config.llmMaxRetries, timeout: config.llmTimeoutMs };
  if (llm?.kind === "openai") {
    const { OpenAIEmbeddings } = await import("@langchain/openai");
    const model = config.embeddings.openaiModel;
    const embeddings = new OpenAIEmbeddings({
      ...common,
      model,
      apiKey: llm.apiKey,
      ...(llm.baseURL ? { configuration: { baseURL: llm.baseURL } } : {}),
    });
    return { embeddings, provider: "openai", model, identity: embeddingIdentity(model), fitted: null };
  }
  if (llm?.kind === "azure") {
    if (!llm.embeddingsDeployment) {
      throw new Error(
        "EMBEDDINGS=openai with Azure OpenAI needs AZURE_OPENAI_API_EMBEDDINGS_DEPLOYMENT_NAME (a deployment of an " +
          "embedding model); set it, or set EMBEDDINGS=local",
      );
    }
    const { AzureOpenAIEmbeddings } = await import("@langchain/openai");
    const embeddings = new AzureOpenAIEmbeddings({
      ...common,
      azureOpenAIApiKey: llm.apiKey,
      azureOpenAIApiInstanceName: llm.instanceName,
      azureOpenAIEndpoint: llm.endpoint,
      azureOpenAIApiEmbeddingsDeploymentName: llm.embeddingsDeployment,
      azureOpenAIApiVersion: llm.apiVersion,
    });
    const model = `azure:${llm.embeddingsDeployment}`;
    return { embeddings, provider: "openai", model, identity: model, fitted: null };
  }
  throw new Error(
    "EMBEDDINGS=openai needs OPENAI_API_KEY (or AZURE_OPENAI_API_KEY with AZURE_OPENAI_API_DEPLOYMENT_NAME and " +
      "AZURE_OPENAI_API_EMBEDDINGS_DEPLOYMENT_NAME); set it, or set EMBEDDINGS=local to use the built-in model",
  );
}
