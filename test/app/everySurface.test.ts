import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createService } from "../../src/app/createService.js";
import { runChat } from "../../src/cli/chat.js";
import { loadConfig, type Config } from "../../src/config.js";
import { excerptsAsText } from "../../src/excerpts/render/text.js";
import { openEmbeddings } from "../../src/index/embeddings.js";
import { indexSettingsOf } from "../../src/index/settings.js";
import { prepareIndex } from "../../src/retrieve/indexDerived.js";
import type { SafeguideService } from "../../src/service.js";
import { startFakeOpenAI, type FakeOpenAI } from "../answer/fakeOpenAI.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";
import { commandBody, FORM, sendSigned, startHarness, waitFor, type Harness } from "../slack/harness.js";

/**
 * Every way a question or topic comes in passes the same guard: the urgent-contact message first, the
 * personal-data notice shown, and nothing personal in any request to the provider (chat or embeddings).
 * Each surface is walked on its own, so the one that skips the guard is the one named.
 */

const QUESTION =
  "Kieran O'Neill (07911 123456) is outside Poppy Greenwood's house at 14 Beech Grove, HD2 2XY right now with a knife, what do I do?";
const FOLLOW_UP = "and what if Kieran comes back tonight with the knife, who do I ring?";
const PERSONAL = ["Kieran", "O'Neill", "Neill", "07911", "123456", "Poppy", "Greenwood", "Beech Grove", "HD2", "2XY"];
const URGENT = "If a child is in immediate danger, call 999.";

let fake: FakeOpenAI;
let config: Config;
let service: SafeguideService;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.replyWith = (request) =>
    request.body.response_format || request.body.tools ? { content: { answerable: false, claims: [] } } : { content: QUESTION };
  config = loadConfig({ OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: fake.baseURL, EMBEDDINGS: "openai", LLM_MAX_RETRIES: "0" });
  const lexical = await memorySnapshot("corpus");
  const hosted = await openEmbeddings(indexSettingsOf(config), null);
  const snapshot = prepareIndex({ ...lexical, embeddings: hosted.embeddings });
  service = await createService(config, () => snapshot);
});
afterAll(() => fake.close());

/** What a surface sent to the provider while it ran, minus the guidance's own passages. */
async function sentBy(run: () => Promise<void>): Promise<string> {
  const before = fake.seen.length;
  await run();
  return fake.seen
    .slice(before)
    .map((s) => s.raw.replace(/<passages>[\s\S]*?<\/passages>/g, ""))
    .join("\n");
}

function expectNothingPersonal(sent: string) {
  for (const s of PERSONAL) expect(sent.toLowerCase(), s).not.toContain(s.toLowerCase());
}

const history = [
  { role: "user" as const, text: QUESTION },
  { role: "assistant" as const, text: "An earlier answer." },
];

describe("every surface goes through the guard", () => {
  it("answers", async () => {
    let kinds: string[] = [];
    const sent = await sentBy(async () => void (kinds = (await service.answer(QUESTION)).notices.map((n) => n.kind)));
    expect(kinds[0]).toBe("urgent");
    expect(kinds).toContain("personal-data");
    expect(sent).toMatch(/embeddings|input/);
    expectNothingPersonal(sent);
  });

  it("follow-ups, with the earlier turns as the thread holds them", async () => {
    let kinds: string[] = [];
    const sent = await sentBy(async () => void (kinds = (await service.answer(FOLLOW_UP, { history })).notices.map((n) => n.kind)));
    expect(kinds[0]).toBe("urgent");
    expect(kinds).toContain("personal-data");
    expectNothingPersonal(sent);
  });

  it("passages (npm run ask)", async () => {
    let kinds: string[] = [];
    const sent = await sentBy(async () => void (kinds = (await service.passages(QUESTION, { k: 10 })).notices.map((n) => n.kind)));
    expect(kinds[0]).toBe("urgent");
    expect(kinds).toContain("personal-data");
    expect(sent).not.toBe("");
    expectNothingPersonal(sent);
  });

  it("excerpts (npm run excerpts) and the terminal /quote", async () => {
    let text = "";
    const sent = await sentBy(async () => void (text = excerptsAsText(await service.excerpts(QUESTION))));
    expect(text.startsWith(URGENT)).toBe(true);
    expect(text).toContain("identifiable details");
    expectNothingPersonal(sent + text);
  });

  it("the terminal chat, answers and /quote alike", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    output.on("data", (c) => (shown += c));
    const sent = await sentBy(async () => {
      const chat = runChat({ service, input, output, interactive: false, quote: async (t) => excerptsAsText(await service.excerpts(t)) });
      input.end(`${QUESTION}\n/quote ${QUESTION}\n`);
      await chat;
    });
    const replies = shown.split(URGENT);
    expect(replies).toHaveLength(3);
    expect(replies[0]).toMatch(/^\W*$/);
    expect(shown.match(/identifiable details/g)?.length).toBe(2);
    expectNothingPersonal(sent);
  });

  describe("Slack", () => {
    let h: Harness<SafeguideService>;
    beforeAll(async () => {
      h = await startHarness({}, service);
    });
    afterAll(() => h.stop());

    it.each([
      ["/safeguide <question>", QUESTION, "a1"],
      ["/safeguide quote <topic>", `quote ${QUESTION}`, "q1"],
    ])("%s", async (_surface, text, id) => {
      const sent = await sentBy(async () => {
        await sendSigned(h.port, commandBody(text, h.fake.responseUrl(id)), { contentType: FORM });
        await waitFor(() => h.fake.responses.some((r) => r.id === id), 10_000, "the reply");
      });
      const reply = h.fake.responses.find((r) => r.id === id)!.body;
      const blocks = JSON.stringify(reply.blocks);
      expect(reply.blocks[0].text.text).toContain("call 999");
      expect(blocks).toContain("identifiable details");
      expectNothingPersonal(sent + blocks);
    });
  });
});
