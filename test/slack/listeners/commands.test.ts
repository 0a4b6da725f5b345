import { afterEach, describe, expect, it } from "vitest";
import { actionBody, blocksText, commandBody, FORM, type Harness, quiet, sendSigned, startHarness, waitFor } from "../harness.js";

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const responsesTo = (id: string) => h.fake.responses.filter((r) => r.id === id);

function shareClick(questionId: string, responseUrl: string) {
  return actionBody({
    type: "block_actions",
    team: { id: "T0001" },
    user: { id: "UPRACT" },
    api_app_id: "A0001",
    container: { type: "message", message_ts: "1.2", channel_id: "C0GENERAL", is_ephemeral: true },
    channel: { id: "C0GENERAL", name: "general" },
    trigger_id: "trigger-2",
    response_url: responseUrl,
    actions: [{ type: "button", action_id: "share_answer", block_id: "b", value: questionId, action_ts: "1.3" }],
  });
}

describe("/safeguide", () => {
  it("acks at once and answers the asker only, through response_url, with a Share button", async () => {
    h = await startHarness();
    const res = await sendSigned(h.port, commandBody("what did inspectors ask GPs to do?", h.fake.responseUrl("cmd1")), {
      contentType: FORM,
    });
    expect(res.status).toBe(200);
    const [reply] = await waitFor(() => responsesTo("cmd1").length === 1 && responsesTo("cmd1"), 5000, "the answer");
    expect(reply.body.response_type).toBe("ephemeral");
    expect(blocksText(reply.body.blocks)).toContain("share_answer");
    expect(blocksText(reply.body.blocks)).toContain("*Sources*");
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("answers a replayed command (the same signed request sent again) once, and acks the replay", async () => {
    h = await startHarness();
    const body = commandBody("what did inspectors ask GPs to do?", h.fake.responseUrl("replayed"));
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await sendSigned(h.port, body, { contentType: FORM, timestamp })).status).toBe(200);
    await waitFor(() => responsesTo("replayed").length === 1, 5000, "the answer");
    expect((await sendSigned(h.port, body, { contentType: FORM, timestamp })).status).toBe(200);
    expect((await sendSigned(h.port, body, { contentType: FORM, timestamp: timestamp + 1 })).status).toBe(200);
    await quiet(h);
    expect(responsesTo("replayed")).toHaveLength(1);
    expect(h.service.asked).toHaveLength(1);
  });

  it("answers in the asker's direct messages once the response_url has expired (answered after 30 minutes)", async () => {
    h = await startHarness();
    h.fake.expiredResponseUrls.add("late");
    await sendSigned(h.port, commandBody("what did inspectors ask GPs to do?", h.fake.responseUrl("late")), { contentType: FORM });
    const [dm] = await waitFor(() => h.fake.callsTo("chat.postMessage").length === 1 && h.fake.callsTo("chat.postMessage"), 5000, "the DM");
    await quiet(h);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(dm.args.channel).toBe("UPRACT");
    expect(dm.args.text).toMatch(/^Your `\/safeguide` question “what did inspectors ask GPs to do\?” was answered too late/);
    expect(blocksText(dm.args.blocks)).toContain("*Sources*");
    expect(responsesTo("late")).toHaveLength(0);
  });

  it("explains itself on /safeguide help, in the ack", async () => {
    h = await startHarness();
    const res = await sendSigned(h.port, commandBody("help", h.fake.responseUrl("help")), { contentType: FORM });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toMatch(/How to ask/);
    expect(h.service.asked).toHaveLength(0);
  });

  it("shares an answer in the channel when Share is clicked", async () => {
    h = await startHarness();
    await sendSigned(h.port, commandBody("what did inspectors ask GPs to do?", h.fake.responseUrl("cmd2")), { contentType: FORM });
    const [reply] = await waitFor(() => responsesTo("cmd2").length === 1 && responsesTo("cmd2"), 5000, "the answer");
    const share = reply.body.blocks.at(-1).elements.find((e: any) => e.action_id === "share_answer");
    const res = await sendSigned(h.port, shareClick(share.value, h.fake.responseUrl("share2")), { contentType: FORM });
    expect(res.status).toBe(200);
    const [post] = await waitFor(
      () => h.fake.callsTo("chat.postMessage").length === 1 && h.fake.callsTo("chat.postMessage"),
      5000,
      "the shared post",
    );
    expect(post.args.channel).toBe("C0GENERAL");
    expect(blocksText(post.args.blocks)).toContain("Shared by <@UPRACT>");
    expect(blocksText(post.args.blocks)).not.toContain("share_answer");
    await waitFor(() => responsesTo("share2").some((r) => r.body.delete_original), 5000, "the ephemeral removed");
  });

  it("refuses politely outside the allowed workspaces", async () => {
    h = await startHarness({ SLACK_ALLOWED_TEAMS: "TOTHER" });
    await sendSigned(h.port, commandBody("what did inspectors ask GPs to do?", h.fake.responseUrl("r1")), { contentType: FORM });
    const [reply] = await waitFor(() => responsesTo("r1").length === 1 && responsesTo("r1"), 5000, "the refusal");
    expect(reply.body.text).toMatch(/not set up to answer here/);
    await quiet(h);
    expect(h.service.asked).toHaveLength(0);
  });
});
