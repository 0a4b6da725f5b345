import type { webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { answerMark, markMetadata } from "../../src/slack/conversation/answerMark.js";
import { createLogger } from "../../src/logging.js";
import { threadPost } from "../../src/slack/conversation/post.js";
import type { DeliveryInHand } from "../../src/slack/delivery/deliveryInHand.js";

/** A Web API client stub: conversations.replies answers from `thread` (or fails), chat.postMessage is counted. */
function client(thread: unknown[] | Error) {
  const calls = { replies: [] as Record<string, unknown>[], posts: [] as Record<string, unknown>[] };
  const stub = {
    conversations: {
      replies: async (args: Record<string, unknown>) => {
        calls.replies.push(args);
        if (thread instanceof Error) throw thread;
        return { ok: true, messages: thread, has_more: false };
      },
    },
    chat: {
      postMessage: async (args: Record<string, unknown>) => {
        calls.posts.push(args);
        return { ok: true, ts: "2.000001" };
      },
    },
  };
  return { calls, client: stub as unknown as webApi.WebClient };
}

const message = { text: "The answer", blocks: [] };
const logger = createLogger("silent");
const inHand = (mayHavePosted: boolean) => ({
  delivery: (): DeliveryInHand => ({ key: "event:Ev1", mayHavePosted, recovered: false }),
  logger,
});

describe("an answer posted in a thread", () => {
  it("carries its delivery's mark, and a first attempt posts without reading the thread", async () => {
    const { calls, client: c } = client([]);
    await threadPost(c, "C1", "1.000001", inHand(false))(message);
    expect(calls.replies).toHaveLength(0);
    expect(calls.posts).toHaveLength(1);
    expect(calls.posts[0].metadata).toEqual(markMetadata(answerMark("event:Ev1")));
  });

  it("is not posted again when an earlier attempt's answer, with the same mark, is in the thread", async () => {
    const earlier = { ts: "1.500000", text: "The answer", metadata: markMetadata(answerMark("event:Ev1")) };
    const { calls, client: c } = client([{ ts: "1.000001", text: "question" }, earlier]);
    expect(await threadPost(c, "C1", "1.000001", inHand(true))(message)).toMatchObject({ ts: "1.500000" });
    expect(calls.replies[0]).toMatchObject({ channel: "C1", ts: "1.000001", include_all_metadata: true });
    expect(calls.posts).toHaveLength(0);
  });

  it("is posted when the thread holds only other deliveries' answers, or cannot be read", async () => {
    const other = { ts: "1.500000", text: "Another answer", metadata: markMetadata(answerMark("event:Ev2")) };
    const withOther = client([other]);
    await threadPost(withOther.client, "C1", "1.000001", inHand(true))(message);
    expect(withOther.calls.posts).toHaveLength(1);
    const unreadable = client(new Error("missing_scope"));
    await threadPost(unreadable.client, "C1", "1.000001", inHand(true))(message);
    expect(unreadable.calls.posts).toHaveLength(1);
  });

  it("is not posted while the thread cannot be read for a reason time may cure: the read is tried again with the post", async () => {
    const timedOut = Object.assign(new Error("A request error occurred: timeout of 10000ms exceeded"), {
      code: "slack_webapi_request_error",
    });
    const flaky = client(timedOut);
    await expect(threadPost(flaky.client, "C1", "1.000001", inHand(true))(message)).rejects.toBe(timedOut);
    expect(flaky.calls.posts).toHaveLength(0);
  });
});
