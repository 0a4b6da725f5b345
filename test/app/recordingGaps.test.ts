import { describe, expect, it } from "vitest";
import { recordingGaps } from "../../src/app/recordingGaps.js";
import { NO_GAP_RECORDER, type GapRecorder } from "../../src/gaps/recorder.js";
import { FakeService } from "../slack/fakeService.js";

/** The terminal chat's service hands every answer to the gap recorder, with the asker it was given. */

describe("recordingGaps", () => {
  it("passes each answer to an enabled recorder and returns it unchanged", async () => {
    const seen: [string, string | null][] = [];
    const recorder: GapRecorder = {
      ...NO_GAP_RECORDER,
      enabled: true,
      afterAnswer: async (a, asker) => void seen.push([a.question, asker]),
    };
    const service = recordingGaps(new FakeService(), recorder, "terminal:me");
    const answer = await service.answer("something unknown");
    expect(answer.answered).toBe(false);
    expect(seen).toEqual([["something unknown", "terminal:me"]]);
  });

  it("leaves the service as it is when the report is off, and an answer stands when recording fails", async () => {
    const fake = new FakeService();
    expect(recordingGaps(fake, NO_GAP_RECORDER, "x")).toBe(fake);
    const failing: GapRecorder = { ...NO_GAP_RECORDER, enabled: true, afterAnswer: async () => Promise.reject(new Error("disk full")) };
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      expect((await recordingGaps(fake, failing, null).answer("what did inspectors say?")).answered).toBe(true);
    } finally {
      process.stderr.write = stderr;
    }
  });
});
