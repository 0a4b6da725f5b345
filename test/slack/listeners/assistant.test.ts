import { afterEach, describe, expect, it } from "vitest";
import { BOT_USER_ID, type ThreadMessage } from "../../../testkit/fakeSlack.js";
import { blocksText, eventBody, type Harness, newTs, sendSigned, startHarness, waitFor } from "../harness.js";

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

describe("the assistant panel", () => {
  it("greets a new thread with suggested prompts", async () => {
    h = await startHarness();
    const threadTs = newTs();
    await sendSigned(
      h.port,
      eventBody({
        type: "assistant_thread_started",
        event_ts: newTs(),
        assistant_thread: { user_id: "UPRACT", channel_id: "D0ASSIST", thread_ts: threadTs, context: {} },
      }),
    );
    const [prompts] = await waitFor(
      () => h.fake.callsTo("assistant.threads.setSuggestedPrompts").length === 1 && h.fake.callsTo("assistant.threads.setSuggestedPrompts"),
      5000,
      "prompts",
    );
    expect(prompts.args).toMatchObject({ channel_id: "D0ASSIST", thread_ts: threadTs });
    expect(prompts.args.prompts.length).toBeGreaterThan(0);
    expect(h.fake.callsTo("chat.postMessage")[0].args.text).toMatch(/identifiable details/);
  });

  it("sets a status, then answers a message in the thread, with the earlier turns as history", async () => {
    h = await startHarness();
    const threadTs = newTs();
    const earlier = newTs();
    const current = newTs();
    h.fake.threads.set(`D0ASSIST:${threadTs}`, [
      { ts: threadTs, user: "UPRACT", text: "what did inspectors ask GPs to do?" },
      { ts: earlier, user: BOT_USER_ID, bot_id: "BBOT", text: "Inspectors asked GPs to show more professional curiosity." },
      { ts: current, user: "UPRACT", text: "and emergency departments?" },
    ]);
    await sendSigned(
      h.port,
      eventBody({
        type: "message",
        channel: "D0ASSIST",
        channel_type: "im",
        user: "UPRACT",
        ts: current,
        thread_ts: threadTs,
        text: "and emergency departments?",
      }),
    );
    await waitFor(() => h.fake.callsTo("chat.postMessage").length === 1, 5000, "the answer");
    const methods = h.fake.calls.map((c) => c.method);
    expect(methods.indexOf("assistant.threads.setStatus")).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf("assistant.threads.setStatus")).toBeLessThan(methods.indexOf("chat.postMessage"));
    expect(h.fake.callsTo("assistant.threads.setStatus")[0].args.status).toBe("searching the guidance…");
    expect(h.fake.callsTo("assistant.threads.setTitle")).toHaveLength(1);
    const post = h.fake.callsTo("chat.postMessage")[0];
    expect(post.args).toMatchObject({ channel: "D0ASSIST", thread_ts: threadTs });
    expect(blocksText(post.args.blocks)).toContain("*Sources*");
    expect(h.service.asked[0].options?.history).toEqual([
      { role: "user", text: "what did inspectors ask GPs to do?" },
      { role: "assistant", text: "Inspectors asked GPs to show more professional curiosity." },
    ]);
  });
});

describe("a follow-up in a long thread", () => {
  it("reads the thread to its end (paged) and takes the latest turns as history, not the oldest page", async () => {
    h = await startHarness();
    const threadTs = newTs();
    const messages: ThreadMessage[] = [{ ts: threadTs, user: "UPRACT", text: "what is DREAMM?" }];
    for (let i = 1; i < 500; i++) {
      const topic = i < 100 ? `DREAMM point ${i}` : `the 2016 inspection point ${i}`;
      messages.push(
        i % 2
          ? { ts: newTs(), user: BOT_USER_ID, bot_id: "BBOT", text: `About ${topic}.` }
          : { ts: newTs(), user: "UPRACT", text: `tell me about ${topic}` },
      );
    }
    const current = newTs();
    messages.push({ ts: current, user: "UPRACT", text: "and what did it recommend?" });
    h.fake.threads.set(`D0LONG:${threadTs}`, messages);
    await sendSigned(
      h.port,
      eventBody({
        type: "message",
        channel: "D0LONG",
        channel_type: "im",
        user: "UPRACT",
        ts: current,
        thread_ts: threadTs,
        text: "and what did it recommend?",
      }),
    );
    await waitFor(() => h.fake.callsTo("chat.postMessage").length === 1, 5000, "the answer");
    expect(h.fake.callsTo("conversations.replies").length).toBeGreaterThan(1);
    const history = h.service.asked[0].options!.history!;
    expect(history).toHaveLength(10);
    expect(history.every((turn) => turn.text.includes("2016 inspection"))).toBe(true);
    expect(history.at(-1)!.text).toBe("About the 2016 inspection point 499.");
  });
});
