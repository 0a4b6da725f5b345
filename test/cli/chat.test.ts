import { PassThrough, Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/answer/pipeline.js";
import type { SafeguideService } from "../../src/service.js";
import { runChat } from "../../src/cli/chat.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

let snapshot: PreparedIndex;
const asked: { question: string; history: number }[] = [];
beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
});

function service(): SafeguideService {
  return {
    answer: async (question, options) => {
      asked.push({ question, history: options?.history?.length ?? 0 });
      return answer(question, { snapshot, contacts: { urgent: null, local: null } }, options);
    },
    excerpts: async () => {
      throw new Error("the chat's /quote goes through the quote it is handed");
    },
    passages: async (question) => ({ searched: question, passages: [], notices: [] }),
    status: async () => ({
      version: "v1",
      builtAt: "2026-11-23T00:00:00Z",
      embeddingModel: "lsa",
      chunkCount: 342,
      documents: [{ source: "a.txt", title: "Doc A", date: "2022-08-18", type: "inspection-letter" }],
    }),
  };
}

async function chat(lines: string[]): Promise<string> {
  const output = new PassThrough();
  let text = "";
  output.on("data", (d) => (text += String(d)));
  await runChat({
    service: service(),
    quote: async (t) => `excerpts about ${t}\n`,
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    interactive: false,
  });
  return text;
}

describe("terminal chat (plain mode, for scripts)", () => {
  it("answers each line with numbered sources and keeps follow-ups in context", async () => {
    const out = await chat(["what does DREAMM stand for", "and who attends it?"]);
    expect(out.toLowerCase()).toContain("daily risk exploitation and missing meeting");
    expect(out).toMatch(/Sources:\n\s+\[1\] /);
    expect(asked.at(-1)!.history).toBe(2);
  });
  it("handles /help, /sources, /quote and unknown commands", async () => {
    const out = await chat(["/help", "/sources", "/quote professional curiosity", "/quote", "/nope"]);
    expect(out).toContain("/quote <topic>");
    expect(out).toContain("Doc A");
    expect(out).toContain("excerpts about professional curiosity");
    expect(out).toContain("Usage: /quote <topic>");
    expect(out).toContain("Unknown command /nope");
  });
});
