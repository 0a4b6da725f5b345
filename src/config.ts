import { resolve } from "node:path";
import { z } from "zod";
import { AUDIENCE_NAME } from "./audienceName.js";

/**
 * One typed, validated configuration read from the environment (.env is loaded by the entry points).
 * An empty string counts as unset. Read at the edges and passed in; nothing deeper imports process.env.
 */

const optionalString = z.string().optional();
const intWithDefault = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);
const csv = z
  .string()
  .optional()
  .transform((v) =>
    v
      ? v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  );

const EnvSchema = z.object({
  CORPUS_DIR: z.string().default("corpus"),
  INDEX_DIR: z.string().default("data/index"),
  DATA_DIR: z.string().default("data"),
  DATABASE_URL: optionalString,
  DATABASE_TIMEOUT_MS: intWithDefault(10_000, 100),
  EMBEDDINGS: z.enum(["local", "openai"]).default("local"),
  LSA_DIMENSIONS: intWithDefault(256, 8),
  HNSW_EF: intWithDefault(200, 10),
  HNSW_M: intWithDefault(16, 4),
  TOP_K: intWithDefault(10, 1),
  MAX_FILE_MB: z.coerce.number().positive().default(50),
  CHUNK_MAX_WORDS: intWithDefault(180, 20),
  CHUNK_OVERLAP_SENTENCES: intWithDefault(1, 0),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  OPENAI_EMBEDDING_MODEL: z.string().default("text-embedding-3-small"),
  AZURE_OPENAI_API_KEY: optionalString,
  AZURE_OPENAI_API_INSTANCE_NAME: optionalString,
  AZURE_OPENAI_ENDPOINT: optionalString,
  AZURE_OPENAI_API_DEPLOYMENT_NAME: optionalString,
  AZURE_OPENAI_API_EMBEDDINGS_DEPLOYMENT_NAME: optionalString,
  AZURE_OPENAI_API_VERSION: z.string().default("2024-10-21"),
  LLM_TIMEOUT_MS: intWithDefault(20_000, 100),
  LLM_MAX_RETRIES: intWithDefault(2, 0),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalString,
  PORT: intWithDefault(3000, 0),
  SLACK_ALLOWED_TEAMS: csv,
  SLACK_ALLOWED_CHANNELS: csv,
  SLACK_ADMIN_USERS: csv,
  SLACK_ADMINS: csv,
  SLACK_AUDIENCES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parsed = parseChannelAudiences(v);
      if ("map" in parsed) return parsed.map;
      for (const message of parsed.problems) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    }),
  SLACK_POST_RETRY_MS: intWithDefault(15 * 60_000, 0),
  SLACK_POST_BACKOFF_MS: intWithDefault(1000, 1),
  SLACK_LEASE_MS: intWithDefault(60_000, 100),
  SLACK_SHUTDOWN_GRACE_MS: intWithDefault(3000, 0),
  SLACK_API_TIMEOUT_MS: intWithDefault(10_000, 100),
  SLACK_MAX_BODY_BYTES: intWithDefault(1024 * 1024, 1024),
  SLACK_CRASH_AT: optionalString,
  URGENT_CONTACTS: optionalString,
  LOCAL_CONTACTS: optionalString,
  GAP_REPORT: z
    .string()
    .optional()
    .transform((v) => v?.trim().toLowerCase() === "on"),
  GAP_MIN_ASKERS: intWithDefault(3, 1),
  GAP_RETENTION_DAYS: intWithDefault(90, 1),
  SYNC_ALLOWED_HOSTS: csv,
  SYNC_TIMEOUT_MS: intWithDefault(30_000, 100),
  REVIEW_AFTER_YEARS: z.coerce.number().positive().default(3),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  corpusDir: string;
  indexDir: string;
  dataDir: string;
  /** Shared mode (several replicas on PostgreSQL) when set; embedded, one process, when null. */
  databaseUrl: string | null;
  /** The longest a connection or a query to the shared database may take. */
  databaseTimeoutMs: number;
  embeddings: {
    provider: "local" | "openai";
    lsaDimensions: number;
    openaiModel: string;
  };
  hnsw: { ef: number; m: number };
  topK: number;
  maxFileBytes: number;
  chunking: { maxWords: number; overlapSentences: number };
  llm: LlmConfig | null;
  llmTimeoutMs: number;
  llmMaxRetries: number;
  slack: SlackConfig;
  contacts: { urgent: string | null; local: string | null };
  gaps: GapConfig;
  sync: SyncConfig;
  /** Documents older than this many years are named for review (reindex report, App Home). */
  reviewAfterYears: number;
  logLevel: Env["LOG_LEVEL"];
}

/** The gap report (README "Gap report"): off unless GAP_REPORT=on. */
export interface GapConfig {
  enabled: boolean;
  /** Distinct askers a topic needs before its examples are shown. */
  minAskers: number;
  retentionDays: number;
}

/** `npm run sync`: which hosts may be fetched (redirects included), and how long one request may take. */
export interface SyncConfig {
  allowedHosts: string[];
  timeoutMs: number;
}

export type LlmConfig =
  | { kind: "openai"; apiKey: string; baseURL?: string; model: string }
  | {
      kind: "azure";
      apiKey: string;
      instanceName?: string;
      endpoint?: string;
      deployment: string;
      embeddingsDeployment?: string;
      apiVersion: string;
    };

export interface SlackConfig {
  botToken: string | null;
  appToken: string | null;
  signingSecret: string | null;
  apiUrl: string | null;
  port: number;
  allowedTeams: string[];
  allowedChannels: string[];
  adminUsers: string[];
  /** Channel id → the audiences it may see (SLACK_AUDIENCES); elsewhere public documents only. */
  channelAudiences: ChannelAudiences;
  delivery: DeliveryConfig;
}

/** How acknowledged deliveries are kept and answered (README "Delivery"). */
export interface DeliveryConfig {
  /** How long one post keeps being retried through a Slack outage before the delivery waits in the journal. */
  postRetryMs: number;
  postBackoffMs: number;
  /** How long a process holds a pending delivery unless it renews the lease. */
  leaseMs: number;
  /** On SIGTERM/SIGINT, how long work in hand may finish before it is handed back. */
  shutdownGraceMs: number;
  /** The longest one Web API call may take before it is given up (and retried like any transient failure). */
  apiTimeoutMs: number;
  /** Request bodies over this size are refused unread (413). */
  maxBodyBytes: number;
  /** Tests only: die at this checkpoint (src/slack/delivery/checkpoint.ts). */
  crashAt: string | null;
}

export class ConfigError extends Error {}

/** Build the config from an environment map (process.env by default). */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  return {
    corpusDir: resolve(cwd, env.CORPUS_DIR),
    indexDir: resolve(cwd, env.INDEX_DIR),
    dataDir: resolve(cwd, env.DATA_DIR),
    databaseUrl: env.DATABASE_URL ?? null,
    databaseTimeoutMs: env.DATABASE_TIMEOUT_MS,
    embeddings: {
      provider: env.EMBEDDINGS,
      lsaDimensions: env.LSA_DIMENSIONS,
      openaiModel: env.OPENAI_EMBEDDING_MODEL,
    },
    hnsw: { ef: env.HNSW_EF, m: env.HNSW_M },
    topK: env.TOP_K,
    maxFileBytes: Math.round(env.MAX_FILE_MB * 1024 * 1024),
    chunking: { maxWords: env.CHUNK_MAX_WORDS, overlapSentences: env.CHUNK_OVERLAP_SENTENCES },
    llm: llmConfig(env),
    llmTimeoutMs: env.LLM_TIMEOUT_MS,
    llmMaxRetries: env.LLM_MAX_RETRIES,
    slack: {
      botToken: env.SLACK_BOT_TOKEN ?? null,
      appToken: env.SLACK_APP_TOKEN ?? null,
      signingSecret: env.SLACK_SIGNING_SECRET ?? null,
      apiUrl: env.SLACK_API_URL ?? null,
      port: env.PORT,
      allowedTeams: env.SLACK_ALLOWED_TEAMS,
      allowedChannels: env.SLACK_ALLOWED_CHANNELS,
      adminUsers: [...new Set([...env.SLACK_ADMIN_USERS, ...env.SLACK_ADMINS])],
      channelAudiences: env.SLACK_AUDIENCES,
      delivery: {
        postRetryMs: env.SLACK_POST_RETRY_MS,
        postBackoffMs: env.SLACK_POST_BACKOFF_MS,
        leaseMs: env.SLACK_LEASE_MS,
        shutdownGraceMs: env.SLACK_SHUTDOWN_GRACE_MS,
        apiTimeoutMs: env.SLACK_API_TIMEOUT_MS,
        maxBodyBytes: env.SLACK_MAX_BODY_BYTES,
        crashAt: env.SLACK_CRASH_AT ?? null,
      },
    },
    contacts: { urgent: env.URGENT_CONTACTS ?? null, local: env.LOCAL_CONTACTS ?? null },
    gaps: { enabled: env.GAP_REPORT, minAskers: env.GAP_MIN_ASKERS, retentionDays: env.GAP_RETENTION_DAYS },
    sync: { allowedHosts: env.SYNC_ALLOWED_HOSTS.map((h) => h.toLowerCase()), timeoutMs: env.SYNC_TIMEOUT_MS },
    reviewAfterYears: env.REVIEW_AFTER_YEARS,
    logLevel: env.LOG_LEVEL,
  };
}

function llmConfig(env: Env): LlmConfig | null {
  if (env.AZURE_OPENAI_API_KEY && env.AZURE_OPENAI_API_DEPLOYMENT_NAME) {
    return {
      kind: "azure",
      apiKey: env.AZURE_OPENAI_API_KEY,
      instanceName: env.AZURE_OPENAI_API_INSTANCE_NAME,
      endpoint: env.AZURE_OPENAI_ENDPOINT,
      deployment: env.AZURE_OPENAI_API_DEPLOYMENT_NAME,
      embeddingsDeployment: env.AZURE_OPENAI_API_EMBEDDINGS_DEPLOYMENT_NAME,
      apiVersion: env.AZURE_OPENAI_API_VERSION,
    };
  }
  if (env.OPENAI_API_KEY) {
    return { kind: "openai", apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, model: env.OPENAI_MODEL };
  }
  return null;
}

/** Which audiences a Slack channel may see (SLACK_AUDIENCES); slack/conversation/audiences.ts applies it. */
export type ChannelAudiences = Record<string, string[]>;

const CHANNEL_ID = /^[CG][A-Z0-9]+$/;

/**
 * `C0123:board,C0456:board|audit`: comma-separated entries, each a channel id (C… or G…), a colon, and
 * its audience names separated by `|`. Returns the map, or the problems found, one per entry.
 */
export function parseChannelAudiences(raw: string | undefined): { map: ChannelAudiences } | { problems: string[] } {
  const map: ChannelAudiences = {};
  const problems: string[] = [];
  for (const entry of (raw ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [channel = "", names = "", ...rest] = entry.split(":").map((p) => p.trim());
    const audiences = names
      .split("|")
      .map((n) => n.trim())
      .filter(Boolean);
    if (rest.length || !CHANNEL_ID.test(channel) || !audiences.length) {
      problems.push(
        `"${entry}" is not CHANNEL_ID:audience|audience (a channel id starts with C or G; direct messages see public documents only)`,
      );
    } else if (map[channel]) {
      problems.push(`${channel} is listed twice`);
    } else if (audiences.some((a) => !AUDIENCE_NAME.test(a))) {
      problems.push(`${channel}: an audience name is letters, digits, - _ . only`);
    } else {
      map[channel] = [...new Set(audiences)];
    }
  }
  return problems.length ? { problems } : { map };
}
