import { afterEach, describe, expect, it } from "vitest";
import { blocksText, eventBody, type Harness, mention, quiet, sendSigned, startHarness, waitFor, actionBody, FORM } from "../harness.js";

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

/** Ask once by mention and return the posted answer's blocks. */
async function askedAnswer(): Promise<any[]> {
  await sendSigned(h.port, eventBody(mention("what did inspectors ask GPs to do?")));
  const [post] = await waitFor(
    () => h.fake.callsTo("chat.postMessage").length === 1 && h.fake.callsTo("chat.postMessage"),
    5000,
    "the answer",
  );
  return post.args.blocks;
}

function click(action: Record<string, unknown>, responseUrl: string) {
  return actionBody({
    type: "block_actions",
    team: { id: "T0001" },
    user: { id: "UPRACT" },
    api_app_id: "A0001",
    container: { type: "message", message_ts: "1.2", channel_id: "C0GENERAL", is_ephemeral: false },
    channel: { id: "C0GENERAL", name: "general" },
    trigger_id: "trigger-9",
    response_url: responseUrl,
    actions: [{ block_id: "b", action_ts: "1.3", ...action }],
  });
}

const buttons = (blocks: any[]) => blocks.flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]);

describe("clicks on an answer", () => {
  it("records a replayed feedback click (the same signed request sent again) once", async () => {
    h = await startHarness();
    const blocks = await askedAnswer();
    const helpful = buttons(blocks).find((b) => b.action_id === "feedback_helpful");
    const body = click({ type: "button", action_id: "feedback_helpful", value: helpful.value }, h.fake.responseUrl("once"));
    expect((await sendSigned(h.port, body, { contentType: FORM })).status).toBe(200);
    await waitFor(() => h.fake.responses.some((r) => r.id === "once"), 5000, "the thanks");
    expect((await sendSigned(h.port, body, { contentType: FORM })).status).toBe(200);
    await quiet(h);
    expect(h.fake.responses.filter((r) => r.id === "once")).toHaveLength(1);
    expect(await h.feedback.list()).toHaveLength(1);
  });

  it("stores a feedback click, without the question, and offers a reason", async () => {
    h = await startHarness();
    const blocks = await askedAnswer();
    const notHelpful = buttons(blocks).find((b) => b.action_id === "feedback_not_helpful");
    const res = await sendSigned(
      h.port,
      click({ type: "button", action_id: "feedback_not_helpful", value: notHelpful.value }, h.fake.responseUrl("fb")),
      { contentType: FORM },
    );
    expect(res.status).toBe(200);
    const [thanks] = await waitFor(
      () => h.fake.responses.filter((r) => r.id === "fb").length === 1 && h.fake.responses,
      5000,
      "the thanks",
    );
    const records = await h.feedback.list();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      rating: "not_helpful",
      team: "T0001",
      channelType: "channel",
      sources: {
        chunkIds: ["chunk-jtai-1", "chunk-ofsted-7"],
        files: ["2022-08-jtai-letter-criminal-exploitation.txt", "2016-11-ofsted-inspection-and-lscb-review.txt"],
      },
    });
    expect(JSON.stringify(records)).not.toContain("inspectors ask");

    const select = buttons(thanks.body.blocks).find((b) => b.action_id === "feedback_reason");
    const option = select.options.find((o: any) => o.value.startsWith("wrong-or-outdated|"));
    await sendSigned(
      h.port,
      click({ type: "static_select", action_id: "feedback_reason", selected_option: option }, h.fake.responseUrl("fb2")),
      { contentType: FORM },
    );
    await waitFor(() => h.fake.responses.some((r) => r.id === "fb2"), 5000, "the reason acknowledged");
    expect((await h.feedback.list())[0].reason).toBe("wrong-or-outdated");
    expect(await h.feedback.counts()).toEqual({ helpful: 0, not_helpful: 1, total: 1 });
  });

  it("opens the full passage in a modal", async () => {
    h = await startHarness();
    const blocks = await askedAnswer();
    const show = buttons(blocks).find((b) => b.action_id === "show_passage_1");
    expect(show.value).toBe("chunk-ofsted-7");
    await sendSigned(h.port, click({ type: "button", action_id: "show_passage_1", value: show.value }, h.fake.responseUrl("sp")), {
      contentType: FORM,
    });
    const [open] = await waitFor(() => h.fake.callsTo("views.open").length === 1 && h.fake.callsTo("views.open"), 5000, "views.open");
    expect(open.args.trigger_id).toBe("trigger-9");
    expect(open.args.view.type).toBe("modal");
    expect(blocksText(open.args.view.blocks)).toContain("A longer passage around the quote.");
    expect(blocksText(open.args.view.blocks)).toContain("&amp; applied &lt;across&gt;");
  });
});
