import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { answer, type AnswerContext } from "../../src/answer/pipeline.js";
import type { Answer } from "../../src/answer/types.js";
import { openGapRecorder } from "../../src/gaps/open.js";
import { readGapReport } from "../../src/gaps/readReport.js";
import { gapReasonOf } from "../../src/gaps/recorder.js";
import { gapCsv, gapMarkdown } from "../../src/gaps/render.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** What the app keeps for the gap report: only when on, only the redacted question, never who asked. */

let context: AnswerContext;
beforeAll(async () => {
  context = { snapshot: await memorySnapshot("corpus"), contacts: { urgent: null, local: null } };
});

let dataDir: string;
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const settings = (enabled: boolean) => ({ dataDir, databaseUrl: null, gaps: { enabled, minAskers: 1, retentionDays: 90 } });
const PERSONAL = "Priya Patel's mum rang me on 07700 900123 asking about the policy on mobile phones in foster homes";

function everythingIn(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)).toString("latin1"))
    .join("\n");
}

describe("gap recording", () => {
  it("records nothing, and makes nothing in DATA_DIR, unless GAP_REPORT=on", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "safeguide-gaps-"));
    const a = await answer(PERSONAL, context);
    expect(gapReasonOf(a)).toBe("abstained");
    const { recorder, close } = await openGapRecorder(settings(false));
    await recorder.afterAnswer(a, "U123");
    await recorder.afterNotHelpful(a, "U123");
    await close();
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("keeps only the redacted text: no name or phone number in DATA_DIR or the report, and no asker", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "safeguide-gaps-"));
    const a = await answer(PERSONAL, context);
    expect(a.answered).toBe(false);
    const { recorder, close } = await openGapRecorder(settings(true));
    await recorder.afterAnswer(a, "UASKER42");
    await close();
    const report = await readGapReport(settings(true));
    expect(report.recorded).toBe(1);
    const shown = [JSON.stringify(report), gapMarkdown(report, 1), gapCsv(report)].join("\n");
    expect(shown).toContain("policy on mobile phones");
    for (const text of [shown, everythingIn(dataDir)]) {
      for (const secret of ["Priya", "Patel", "07700", "900123", "UASKER42"]) expect(text).not.toContain(secret);
    }
  });

  it("records an abstention, a near thing and a 'not helpful' rating, and leaves a confident answer alone", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "safeguide-gaps-"));
    const confident = await answer("what does DREAMM stand for", context);
    expect(confident.answered && confident.assessment?.confident).toBe(true);
    const near: Answer = { ...confident, assessment: { ...confident.assessment!, confident: false } };
    const abstained = await answer("what's the direct phone number for the out of hours emergency duty team?", context);
    const { recorder, close } = await openGapRecorder(settings(true));
    await recorder.afterAnswer(confident, "U1");
    await recorder.afterAnswer(near, "U1");
    await recorder.afterAnswer(abstained, "U2");
    await recorder.afterNotHelpful(confident, "U3");
    await close();
    const report = await readGapReport(settings(true));
    expect(report.recorded).toBe(3);
    expect(report.topics.find((t) => t.topic === confident.assessment!.topic)?.count).toBe(2);
    expect(report.topics.find((t) => t.topic === abstained.assessment!.topic)?.count).toBe(1);
  });

  it("never keeps a question about a child at immediate risk", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "safeguide-gaps-"));
    const urgent = await answer("a child has just told me her stepdad hit her and she is scared to go home tonight", context);
    expect(urgent.assessment?.urgent).toBe(true);
    const { recorder, close } = await openGapRecorder(settings(true));
    await recorder.afterAnswer(urgent, "U1");
    await recorder.afterNotHelpful(urgent, "U1");
    await close();
    expect((await readGapReport(settings(true))).recorded).toBe(0);
  });

  it("names a topic from the vocabulary the question holds", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "safeguide-gaps-"));
    const a = await answer("how long should a strat take to arrange?", context);
    expect(a.assessment!.concepts.map((c) => c.toLowerCase())).toContain("strategy meeting");
    expect(a.assessment!.topic).toMatch(/strategy/);
  });
});
