import { afterEach, describe, expect, it } from "vitest";
import { providerFailure } from "../../../src/answer/llm/llmAnswer.js";
import type { Answer, AskOptions } from "../../../src/answer/types.js";
import { FakeService } from "../fakeService.js";
import { eventBody, type Harness, mention, sendSigned, startHarness, waitFor } from "../harness.js";

/** Say what went wrong: a provider's failure is logged with its kind and status, never the question. */

let h: Harness<FakeService>;
afterEach(async () => {
  await h?.stop();
});

class FallingBackService extends FakeService {
  constructor(private readonly fallback: Answer["fallback"]) {
    super();
  }

  override async answer(question: string, options?: AskOptions): Promise<Answer> {
    return { ...(await super.answer(question, options)), fallback: this.fallback };
  }
}

describe("provider failures", () => {
  it("are told apart by kind and status", () => {
    expect(providerFailure(Object.assign(new Error("401 Incorrect API key provided"), { status: 401 }))).toEqual({
      kind: "http",
      status: 401,
    });
    expect(providerFailure(Object.assign(new Error("429 Rate limit reached"), { status: 429 }))).toEqual({ kind: "http", status: 429 });
    expect(providerFailure({ message: "Bad gateway", response: { status: 502 } })).toEqual({ kind: "http", status: 502 });
    expect(providerFailure(Object.assign(new Error("Request timed out."), { name: "TimeoutError" }))).toEqual({ kind: "timeout" });
    expect(providerFailure(Object.assign(new Error("Expected object, received string"), { name: "ZodError" }))).toEqual({
      kind: "malformed-reply",
    });
    expect(providerFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toEqual({ kind: "network" });
  });

  it("a fallback to the quoted answer leaves a log line with the kind and status, and no question text", async () => {
    const question = "what did inspectors ask GPs to do?";
    h = await startHarness({}, new FallingBackService({ reason: "provider-error", kind: "http", status: 429 }));
    await sendSigned(h.port, eventBody(mention(question)));
    const line = await waitFor(() => h.logLines().find((l) => /language model's answer was not used/.test(l.msg)), 5000, "the log line");
    expect(line.fallback).toEqual({ reason: "provider-error", kind: "http", status: 429 });
    expect(line.questionHash).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.stringify(h.logLines())).not.toContain(question);
  });
});
