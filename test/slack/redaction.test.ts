import { AxiosError } from "axios";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logging.js";
import { safeError, scrubText } from "../../src/redact.js";
import { boltLogger } from "../../src/slack/boltLogger.js";
import { fakeSlackToken } from "../../testkit/fakeTokens.js";

const TOKEN = fakeSlackToken("xoxb");
const APP_TOKEN = fakeSlackToken("xapp");
const WORDS = "Marigold disclosed at Thistlewood";

/** An error as @slack/web-api makes one from a network failure: the axios error, config and all, inside. */
function webApiNetworkError(): Error {
  const axiosError = new AxiosError("socket hang up", "ECONNRESET", {
    headers: { Authorization: `Bearer ${TOKEN}` } as never,
    data: `channel=C1&text=${encodeURIComponent(WORDS)}`,
    url: "https://slack.com/api/chat.postMessage",
  });
  return Object.assign(new Error("A request error occurred: socket hang up"), { code: "slack_webapi_request_error", original: axiosError });
}

function capture() {
  const lines: string[] = [];
  return { logger: createLogger("info", { write: (s: string) => void lines.push(s) }), text: () => lines.join("") };
}

describe("the redaction layer", () => {
  it("logs a failed HTTP call's error without its headers or body", () => {
    const { logger, text } = capture();
    logger.error({ err: webApiNetworkError() }, "post failed");
    logger.warn({ error: webApiNetworkError() }, "post failed again");
    expect(text()).toContain("ECONNRESET");
    expect(text()).toContain("slack_webapi_request_error");
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toMatch(/authorization/i);
    expect(text()).not.toContain("Marigold");
  });

  it("scrubs token-shaped strings and Bearer credentials from any line, and censors body fields", () => {
    const { logger, text } = capture();
    logger.info(
      { url: `https://x/?token=${TOKEN}`, body: WORDS, nested: { text: WORDS, headers: { authorization: "Basic abc" } } },
      `token ${TOKEN} and ${APP_TOKEN}`,
    );
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain(APP_TOKEN);
    expect(text()).not.toContain("Marigold");
    expect(text()).not.toContain("Basic abc");
    expect(scrubText("Authorization: Bearer abc.def")).toBe("Authorization: Bearer [redacted]");
  });

  it("sends Bolt's own lines through it: objects reduced to an error's message, JSON snippets of bodies removed", () => {
    const { logger, text } = capture();
    const bolt = boltLogger(logger);
    bolt.warn("http request failed", webApiNetworkError());
    bolt.error({ config: { headers: { Authorization: `Bearer ${TOKEN}` }, data: WORDS } });
    bolt.warn(`Malformed request body: Unexpected token 'M', "${WORDS}" is not valid JSON`);
    bolt.debug(`request body ${WORDS}`);
    expect(text()).toContain("http request failed");
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain("Marigold");
    expect(safeError(webApiNetworkError()).cause?.code).toBe("ECONNRESET");
  });
});
