import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkerService } from "../../src/app/worker/workerService.js";

/** The answer pipeline on a worker thread, as `npm start` runs it for Slack. */

let service: Awaited<ReturnType<typeof createWorkerService>>;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sg-worker-"));
  service = await createWorkerService({
    ...process.env,
    CORPUS_DIR: "corpus",
    INDEX_DIR: join(dir, "index"),
    DATA_DIR: join(dir, "data"),
    OPENAI_API_KEY: "",
  });
}, 120_000);
afterAll(async () => {
  await service?.close();
});

describe("the answer thread", () => {
  it("answers with verbatim citations, reports status and finds excerpts across the thread boundary", async () => {
    const answer = await service.answer("what does DREAMM stand for?");
    expect(answer.answered).toBe(true);
    expect(answer.text.toLowerCase()).toContain("daily risk exploitation and missing meeting");
    expect((await service.status()).chunkCount).toBeGreaterThan(100);
    expect((await service.excerpts("professional curiosity")).total).toBeGreaterThan(0);
  });
  it("answers many questions at once, each to its own caller", async () => {
    const questions = ["what does CSE stand for?", "what does CCE stand for?", "what does DREAMM stand for?"];
    const answers = await Promise.all(questions.map((q) => service.answer(q)));
    answers.forEach((a, i) => expect(a.question).toBe(questions[i]));
  });
  it("starts again after the thread is stopped", async () => {
    await service.close();
    const again = await service.answer("what does CSE stand for?");
    expect(again.question).toBe("what does CSE stand for?");
  });
});
