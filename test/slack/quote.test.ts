import mammoth from "mammoth";
import { afterEach, describe, expect, it } from "vitest";
import type { Excerpt, ExcerptSet } from "../../src/excerpts/types.js";
import { ACTION } from "../../src/slack/render/answerBlocks.js";
import { buttonValue, DOCX_BUTTON_TEXT, docxFilename, excerptsMessage } from "../../src/slack/render/excerptBlocks.js";
import { MAX_BLOCKS_PER_MESSAGE, MAX_BUTTON_VALUE, MAX_SECTION_TEXT } from "../../src/slack/render/limits.js";
import { emptyExcerptSet, EXCERPT_TEXT, excerptSet, OLD_EXCERPT_TEXT } from "./fakeService.js";
import { actionBody, blocksText, commandBody, FORM, type Harness, quiet, sendSigned, startHarness, waitFor } from "./harness.js";

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const responsesTo = (id: string) => h.fake.responses.filter((r) => r.id === id);

function docxClick(topic: string, responseUrl: string, channel = "C0GENERAL") {
  return actionBody({
    type: "block_actions",
    team: { id: "T0001" },
    user: { id: "UPRACT" },
    api_app_id: "A0001",
    container: { type: "message", message_ts: "1.2", channel_id: channel, is_ephemeral: true },
    channel: { id: channel, name: "general" },
    trigger_id: "trigger-3",
    response_url: responseUrl,
    actions: [{ type: "button", action_id: ACTION.excerptsDocx, block_id: "b", value: topic, action_ts: "1.3" }],
  });
}

async function quote(topic: string, id: string) {
  await sendSigned(h.port, commandBody(`quote ${topic}`, h.fake.responseUrl(id)), { contentType: FORM });
  const [reply] = await waitFor(() => responsesTo(id).length === 1 && responsesTo(id), 5000, "the excerpts");
  return reply.body;
}

describe("/safeguide quote <topic>", () => {
  it("shows the top excerpts to the asker only: verbatim quotes, full citations under them, and the Word button", async () => {
    h = await startHarness();
    const topics: string[] = [];
    h.service.excerpts = async (topic) => {
      topics.push(topic);
      return excerptSet(topic);
    };
    const body = await quote("professional curiosity", "q1");
    expect(topics).toEqual(["professional curiosity"]);
    expect(body.response_type).toBe("ephemeral");
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    const blocks: any[] = body.blocks;
    const quotes = blocks.filter((b) => b.type === "section" && b.text.text.startsWith(">"));
    // Best first (by score), each the exact excerpt text with "…" only outside it, escaped for mrkdwn.
    expect(quotes.map((b) => b.text.text)).toEqual([
      `>${EXCERPT_TEXT} …`,
      `>… ${OLD_EXCERPT_TEXT.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}`,
    ]);
    const cites = blocks.filter((b) => b.type === "context").map((b) => b.elements[0].text);
    expect(cites[0]).toBe(
      "— Joint targeted area inspection of Kirklees, Ofsted, CQC, HMICFRS and HMI Probation, 18 August 2022, section “Areas for improvement”, paragraph 12, page 3",
    );
    expect(cites[1]).toBe("— Kirklees: inspection of services, Ofsted, 25 November 2016, paragraph 88, page 41");
    // Each citation sits right under its quote.
    const firstQuote = blocks.indexOf(quotes[0]);
    expect(blocks[firstQuote + 1].type).toBe("context");
    const actions = blocks.at(-1);
    expect(actions.type).toBe("actions");
    expect(actions.elements).toEqual([
      {
        type: "button",
        action_id: ACTION.excerptsDocx,
        text: { type: "plain_text", text: DOCX_BUTTON_TEXT },
        value: "professional curiosity",
      },
    ]);
    expect(body.text).toMatch(/Excerpts on “professional curiosity”: 2 excerpts from 2 documents/);
  });

  it("says plainly when nothing is found, with no button", async () => {
    h = await startHarness();
    h.service.excerpts = async (topic) => emptyExcerptSet(topic);
    const body = await quote("underwater basket weaving", "q2");
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toMatch(/Nothing found in the local guidance for “underwater basket weaving”/);
    expect(blocksText(body.blocks)).not.toContain(ACTION.excerptsDocx);
    expect(blocksText(body.blocks)).not.toContain('"actions"');
  });

  it("apologises with a reference id when the excerpt search fails", async () => {
    h = await startHarness();
    h.service.excerpts = async () => {
      throw new Error("the index exploded");
    };
    const body = await quote("professional curiosity", "q3");
    const ref = /reference \*([0-9a-f]{8})\*/.exec(body.text)?.[1];
    expect(ref).toBeTruthy();
    expect(h.logLines().some((l) => l.referenceId === ref && l.level === 50)).toBe(true);
  });
});

describe("Send as Word document to my DM", () => {
  it("re-runs the topic and uploads a real .docx to the clicker's DM", async () => {
    h = await startHarness();
    const topics: string[] = [];
    h.service.excerpts = async (topic) => {
      topics.push(topic);
      return excerptSet(topic);
    };
    const body = await quote("professional curiosity", "d1");
    const button = body.blocks.at(-1).elements[0];
    const res = await sendSigned(h.port, docxClick(button.value, h.fake.responseUrl("d1click")), { contentType: FORM });
    expect(res.status).toBe(200);
    const [done] = await waitFor(() => responsesTo("d1click").length === 1 && responsesTo("d1click"), 5000, "the confirmation");
    expect(done.body.response_type).toBe("ephemeral");
    expect(done.body.text).toMatch(/Sent 2 excerpts on “professional curiosity” as a Word document to your direct messages/);
    expect(topics).toEqual(["professional curiosity", "professional curiosity"]);

    const [open] = h.fake.callsTo("conversations.open");
    expect(open.args.users).toBe("UPRACT");
    const [getUrl] = h.fake.callsTo("files.getUploadURLExternal");
    expect(getUrl.args.filename).toBe("excerpts-professional-curiosity.docx");
    const [complete] = h.fake.callsTo("files.completeUploadExternal");
    expect(complete.args.channel_id).toBe("DUPRACT");
    expect(complete.args.initial_comment).toMatch(/professional curiosity/);
    expect(complete.args.files[0].title).toBe("Excerpts: professional curiosity");
    expect(h.fake.uploads).toHaveLength(1);
    const upload = h.fake.uploads[0];
    expect(complete.args.files[0].id).toBe(upload.fileId);
    expect(Number(getUrl.args.length)).toBe(upload.bytes);

    expect(upload.body.subarray(0, 2).toString("latin1")).toBe("PK");
    const { value: text } = await mammoth.extractRawText({ buffer: upload.body });
    expect(text).toContain(EXCERPT_TEXT);
    expect(text).toContain(OLD_EXCERPT_TEXT);
    expect(text).toContain("Joint targeted area inspection of Kirklees");
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("uploads nothing when the topic no longer finds anything", async () => {
    h = await startHarness();
    h.service.excerpts = async (topic) => emptyExcerptSet(topic);
    await sendSigned(h.port, docxClick("professional curiosity", h.fake.responseUrl("d2click")), { contentType: FORM });
    const [reply] = await waitFor(() => responsesTo("d2click").length === 1 && responsesTo("d2click"), 5000, "the reply");
    expect(reply.body.text).toMatch(/Nothing found/);
    await quiet(h);
    expect(h.fake.callsTo("conversations.open")).toHaveLength(0);
    expect(h.fake.uploads).toHaveLength(0);
  });

  it("apologises with a reference id when the upload fails", async () => {
    h = await startHarness();
    h.service.excerpts = async (topic) => excerptSet(topic);
    h.fake.rateLimits.set("files.getUploadURLExternal", { times: 99, retryAfter: 0 });
    await sendSigned(h.port, docxClick("professional curiosity", h.fake.responseUrl("d3click")), { contentType: FORM });
    const [reply] = await waitFor(() => responsesTo("d3click").length === 1 && responsesTo("d3click"), 10_000, "the apology");
    expect(reply.body.text).toMatch(/Sorry, something went wrong.*reference \*[0-9a-f]{8}\*/);
    expect(h.fake.uploads).toHaveLength(0);
  });
});

describe("excerptsMessage", () => {
  function bigSet(n: number, textLength: number): ExcerptSet {
    const set = excerptSet("x".repeat(5000));
    const e = set.groups[1].excerpts[0];
    const many: Excerpt[] = Array.from({ length: n }, (_, i) => ({
      ...e,
      text: `${i} ${"word ".repeat(textLength / 5)}`,
      score: 1 - i / n,
      citation: { ...e.citation, title: "T".repeat(4000) },
    }));
    return { ...set, total: n, groups: [{ ...set.groups[1], excerpts: many }] };
  }

  it("stays inside Slack's limits however many and however long the excerpts are", () => {
    const message = excerptsMessage(bigSet(60, 6000));
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
    for (const b of message.blocks as any[]) {
      if (b.type === "section") expect(b.text.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
      if (b.type === "context") for (const el of b.elements) expect(el.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    }
    const button = (message.blocks.at(-1) as any).elements[0];
    expect(button.value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    expect(blocksText(message.blocks)).toContain("the top 10 of 60 excerpts from 1 document");
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });

  it("keeps the button value and file name safe", () => {
    expect(buttonValue("a".repeat(1999) + "😀")).toHaveLength(1999);
    expect(docxFilename("Professional curiosity & CSE: “what works?”")).toBe("excerpts-professional-curiosity-cse-what-works.docx");
    expect(docxFilename("“”")).toBe("excerpts-topic.docx");
  });

  it("cannot be made to ping a channel or link by the document text", () => {
    const set = excerptSet("t");
    set.groups[0].excerpts[0].text = "Tell <!channel> and @here <https://evil.example|click>";
    const text = blocksText(excerptsMessage(set).blocks);
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain("<https://evil");
    expect(text).toContain("@\u200bhere");
  });
});
