import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardedExcerpts } from "../../src/app/guardedExcerpts.js";
import { answer, type AnswerContext } from "../../src/answer/pipeline.js";
import type { Answer } from "../../src/answer/types.js";
import { renderAnswer as terminalAnswer } from "../../src/cli/renderAnswer.js";
import { evalLine } from "../../src/eval/run.js";
import { renderCsv } from "../../src/excerpts/render/csv.js";
import { renderMarkdown } from "../../src/excerpts/render/markdown.js";
import { excerptsAsText } from "../../src/excerpts/render/text.js";
import type { ExcerptSet } from "../../src/excerpts/types.js";
import { renderAnswer as slackAnswer } from "../../src/slack/render/answerBlocks.js";
import { excerptsMessage } from "../../src/slack/render/excerptBlocks.js";
import { passageModal } from "../../src/slack/render/views.js";
import { passageViews } from "../../src/slack/memory/answerMemory.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** A document whose metadata has a `url`: every citation of it carries the link, on every surface. */

const JTAI = "2022-08-jtai-letter-criminal-exploitation.txt";
const URL_ = "https://www.example.gov.uk/jtai-letter-2022.pdf";
let dir: string;
let context: AnswerContext;
let answered: Answer;
let excerpts: ExcerptSet;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "safeguide-links-"));
  cpSync("corpus", dir, { recursive: true });
  const metadata = JSON.parse(readFileSync(join(dir, "metadata.json"), "utf8")) as Record<string, Record<string, unknown>>;
  metadata[JTAI].url = URL_;
  writeFileSync(join(dir, "metadata.json"), JSON.stringify(metadata));
  context = { snapshot: await memorySnapshot(dir), contacts: { urgent: null, local: null } };
  answered = await answer("what does DREAMM stand for", context);
  excerpts = await guardedExcerpts(context.snapshot, context.contacts, "DREAMM", { filters: { sources: [JTAI] } });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("links to the published document", () => {
  it("are carried by the answer's citations and the eval JSON's citations[].url", () => {
    expect(answered.citations[0]).toMatchObject({ source: JTAI, url: URL_ });
    const line = evalLine("q1", answered);
    expect(line.citations[0].url).toBe(URL_);
    expect(answered.citations.filter((c) => c.source !== JTAI).every((c) => c.url === undefined)).toBe(true);
  });

  it("show as “Open the document” in Slack, in the answer and the passage modal", () => {
    const text = JSON.stringify(slackAnswer(answered, { questionId: "q1" }).blocks);
    expect(text).toContain(`<${URL_}|Open the document>`);
    const view = passageViews(answered).get(answered.citations[0].chunkId)!;
    expect(JSON.stringify(passageModal(view).blocks)).toContain(`<${URL_}|Open the document>`);
  });

  it("are printed by the terminal", () => {
    expect(terminalAnswer(answered)).toContain(URL_);
  });

  it("are carried by excerpts, in every format and in Slack", async () => {
    expect(excerpts.groups[0].excerpts[0].citation.url).toBe(URL_);
    expect(renderMarkdown(excerpts)).toMatch(new RegExp(`^— .*${URL_.replace(/\./g, "\\.")}`, "m"));
    expect(renderCsv(excerpts).split("\r\n")[1]).toMatch(new RegExp(`,${URL_.replace(/\./g, "\\.")}$`));
    expect(excerptsAsText(excerpts)).toContain(URL_);
    expect(JSON.stringify(excerptsMessage(excerpts).blocks)).toContain(`<${URL_}|Open the document>`);
  });
});
