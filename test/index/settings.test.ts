import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { indexSettingsOf } from "../../src/index/settings.js";
import { fakeSlackToken } from "../../testkit/fakeTokens.js";

describe("the index's slice of the configuration", () => {
  const config = loadConfig(
    { SLACK_BOT_TOKEN: fakeSlackToken("xoxb"), SLACK_SIGNING_SECRET: "secret", INDEX_DIR: "/srv/index", DATABASE_URL: "postgres://db/x" },
    "/app",
  );

  it("carries what builds and loads the index, and nothing of Slack, the contacts or the database", () => {
    const settings = indexSettingsOf(config);
    expect(settings.indexDir).toBe("/srv/index");
    expect(settings.embeddings).toEqual(config.embeddings);
    expect(Object.keys(settings).sort()).toEqual(
      ["chunking", "corpusDir", "dataDir", "embeddings", "hnsw", "indexDir", "llm", "llmMaxRetries", "llmTimeoutMs", "maxFileBytes"].sort(),
    );
    expect(JSON.stringify(settings)).not.toMatch(/xoxb|secret|postgres/);
  });
});
