import { afterEach, describe, expect, it } from "vitest";
import { BOT_ID, BOT_USER_ID } from "../../testkit/fakeSlack.js";
import { blocksText, eventBody, type Harness, mention, newTs, quiet, sendSigned, startHarness, waitFor } from "./harness.js";

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const posts = () => h.fake.callsTo("chat.postMessage");

describe("Slack events over HTTP", () => {
  it("answers a signed app_mention once, in the thread, with sources", async () => {
    h = await startHarness();
    const event = mention("what did inspectors ask GPs to do?");
    const res = await sendSigned(h.port, eventBody(event));
    expect(res.status).toBe(200);
    const [post] = await waitFor(() => posts().length === 1 && posts(), 5000, "the answer");
    expect(post.args.channel).toBe("C0GENERAL");
    expect(post.args.thread_ts).toBe(event.ts);
    expect(blocksText(post.args.blocks)).toContain("*Sources*");
    expect(blocksText(post.args.blocks)).toContain("show_passage_0");
    expect(post.args.text).toContain("professional curiosity");
    expect(h.service.asked[0].question).toBe("what did inspectors ask GPs to do?");
    await quiet(h);
    expect(posts()).toHaveLength(1);
  });

  it("refuses a bad signature with 401 and posts nothing", async () => {
    h = await startHarness();
    const res = await sendSigned(h.port, eventBody(mention("a question")), { secret: "not-the-secret" });
    expect(res.status).toBe(401);
    await quiet(h);
    expect(posts()).toHaveLength(0);
    expect(h.service.asked).toHaveLength(0);
  });

  it("refuses a stale timestamp (over 5 minutes old) and posts nothing", async () => {
    h = await startHarness();
    const res = await sendSigned(h.port, eventBody(mention("a question")), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await quiet(h);
    expect(posts()).toHaveLength(0);
  });

  it("refuses a timestamp more than 5 minutes in the future (400 s) and accepts a skew within 5 minutes", async () => {
    h = await startHarness();
    const future = await sendSigned(h.port, eventBody(mention("a question")), { timestamp: Math.floor(Date.now() / 1000) + 400 });
    expect(future.status).toBe(401);
    const missing = await fetch(`http://127.0.0.1:${h.port}/slack/events`, {
      method: "POST",
      body: eventBody(mention("a question")),
      headers: { "content-type": "application/json" },
    });
    expect(missing.status).toBe(401);
    await quiet(h);
    expect(posts()).toHaveLength(0);
    expect(h.service.asked).toHaveLength(0);
    const skewed = await sendSigned(h.port, eventBody(mention("what did inspectors ask GPs to do?")), {
      timestamp: Math.floor(Date.now() / 1000) + 240,
    });
    expect(skewed.status).toBe(200);
    await waitFor(() => posts().length === 1, 5000, "the answer");
  });

  it("answers a retried delivery (same event_id, x-slack-retry-num) only once", async () => {
    h = await startHarness();
    const body = eventBody(mention("what did inspectors ask GPs to do?"), "EvSAME");
    expect((await sendSigned(h.port, body)).status).toBe(200);
    expect((await sendSigned(h.port, body, { retryNum: 1 })).status).toBe(200);
    expect((await sendSigned(h.port, body, { retryNum: 2 })).status).toBe(200);
    await waitFor(() => posts().length === 1, 5000, "the answer");
    await quiet(h);
    expect(posts()).toHaveLength(1);
    expect(h.service.asked).toHaveLength(1);
  });

  it("answers the same message once even when it arrives as two events (client_msg_id)", async () => {
    h = await startHarness();
    const event = mention("what did inspectors ask GPs to do?");
    await sendSigned(h.port, eventBody(event, "EvONE"));
    await sendSigned(h.port, eventBody(event, "EvTWO"));
    await waitFor(() => posts().length === 1, 5000, "the answer");
    await quiet(h);
    expect(posts()).toHaveLength(1);
  });

  it("ignores other bots, its own messages, edits and deletions", async () => {
    h = await startHarness();
    const dm = { type: "message", channel: "D0DM", channel_type: "im", ts: newTs(), text: "hello" };
    await sendSigned(h.port, eventBody({ ...dm, bot_id: "BOTHER", user: "UOTHERBOT" }));
    await sendSigned(h.port, eventBody({ ...dm, bot_id: BOT_ID, user: BOT_USER_ID }));
    await sendSigned(h.port, eventBody({ ...dm, subtype: "message_changed", message: { text: "edited" } }));
    await sendSigned(h.port, eventBody({ ...dm, subtype: "message_deleted" }));
    await sendSigned(h.port, eventBody(mention("from a bot", { bot_id: "BOTHER" })));
    await quiet(h);
    expect(posts()).toHaveLength(0);
    expect(h.service.asked).toHaveLength(0);
  });

  it("answers a direct message in a thread under it", async () => {
    h = await startHarness();
    const ts = newTs();
    await sendSigned(
      h.port,
      eventBody({ type: "message", channel: "D0DM", channel_type: "im", user: "UPRACT", ts, text: "unknown topic please" }),
    );
    const [post] = await waitFor(() => posts().length === 1 && posts(), 5000, "the answer");
    expect(post.args).toMatchObject({ channel: "D0DM", thread_ts: ts });
    expect(blocksText(post.args.blocks)).toContain("Closest documents");
  });

  it("apologises with a reference id that is also in the log when the service fails", async () => {
    h = await startHarness();
    await sendSigned(h.port, eventBody(mention("boom")));
    const [post] = await waitFor(() => posts().length === 1 && posts(), 5000, "the apology");
    const ref = /reference \*([0-9a-f]{8})\*/.exec(post.args.text)?.[1];
    expect(ref).toMatch(/^[0-9a-f]{8}$/);
    const line = h.logLines().find((l) => l.referenceId === ref);
    expect(line?.level).toBe(50);
    // the app keeps serving
    await sendSigned(h.port, eventBody(mention("what did inspectors ask GPs to do?")));
    await waitFor(() => posts().length === 2, 5000, "the next answer");
    expect(blocksText(posts()[1].args.blocks)).toContain("*Sources*");
  });

  it("never logs the question's words", async () => {
    h = await startHarness();
    await sendSigned(h.port, eventBody(mention("Jane Doe born 01/02/2015 what now")));
    await waitFor(() => posts().length === 1, 5000, "the answer");
    // The "answered" line is written once the post returns, which can be after the fake Slack has counted it.
    await waitFor(() => h.logLines().some((l) => l.questionHash && l.questionLength), 5000, "the answer's log line");
    expect(JSON.stringify(h.logLines())).not.toContain("Jane");
  });

  it("politely refuses in a channel outside the allow-list", async () => {
    h = await startHarness({ SLACK_ALLOWED_CHANNELS: "C0ALLOWED" });
    const event = mention("what did inspectors ask GPs to do?");
    await sendSigned(h.port, eventBody(event));
    const [post] = await waitFor(() => posts().length === 1 && posts(), 5000, "the refusal");
    expect(post.args.thread_ts).toBe(event.ts);
    expect(post.args.text).toMatch(/not set up to answer here/);
    expect(h.service.asked).toHaveLength(0);
  });

  it("survives a malformed body", async () => {
    h = await startHarness();
    const res = await sendSigned(h.port, "{not json", { contentType: "application/json" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const badForm = await sendSigned(h.port, "payload=%7Bnot-json", { contentType: "application/x-www-form-urlencoded" });
    expect(badForm.status).toBeGreaterThanOrEqual(400);
    const weird = await sendSigned(h.port, eventBody({ type: "app_mention" }));
    expect(weird.status).toBe(200);
    const noEvent = await sendSigned(h.port, JSON.stringify({ type: "event_callback", team_id: "T0001", event_id: "EvEmpty" }));
    expect(noEvent.status).toBe(200);
    await sendSigned(h.port, eventBody(mention("what did inspectors ask GPs to do?")));
    await waitFor(() => posts().some((p) => blocksText(p.args.blocks).includes("Sources")), 5000, "an answer");
  });

  it("retries a rate-limited post and still answers once", async () => {
    h = await startHarness();
    h.fake.rateLimits.set("chat.postMessage", { times: 1, retryAfter: 0 });
    await sendSigned(h.port, eventBody(mention("what did inspectors ask GPs to do?")));
    await waitFor(() => posts().length === 1, 5000, "the answer");
    expect(h.fake.rateLimited).toBe(1);
    await quiet(h);
    expect(posts()).toHaveLength(1);
  });

  it("answers 50 concurrent mentions exactly once each", async () => {
    h = await startHarness();
    h.service.delayMs = 20;
    const events = Array.from({ length: 50 }, (_, i) => mention(`question number ${i} about GPs`));
    const results = await Promise.all(events.map((e) => sendSigned(h.port, eventBody(e))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    await waitFor(() => posts().length >= 50, 10_000, "50 answers");
    await quiet(h);
    const threads = posts()
      .map((p) => p.args.thread_ts)
      .sort();
    expect(threads).toEqual(events.map((e) => e.ts).sort());
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))].toFixed(1);
    console.log(`ack times for 50 concurrent signed mentions: p50 ${pct(50)} ms, p95 ${pct(95)} ms`);
  });
});
