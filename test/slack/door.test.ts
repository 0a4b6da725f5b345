import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { eventBody, FORM, type Harness, mention, quiet, sendSigned, signature, startHarness, waitFor } from "./harness.js";

/** Hostile bodies stop at the door (src/slack/delivery/door.ts), before Bolt's receiver reads or parses them. */

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

/** Headers and the first bytes of a body declared (or streamed) larger; resolves with the status as soon as it comes. */
function partialPost(port: number, headers: Record<string, string>, firstBytes: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/slack/events", method: "POST", headers }, (res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      req.destroy();
    });
    req.on("error", reject);
    req.write(firstBytes);
    // Never ended: a server that waited for the whole body would never answer.
  });
}

const signedHeaders = (body: string, contentType = "application/json") => {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signature(body, timestamp),
  };
};

async function stillAnswers(): Promise<void> {
  const event = mention("what did inspectors ask GPs to do?");
  expect((await sendSigned(h.port, eventBody(event))).status).toBe(200);
  await waitFor(() => h.fake.callsTo("chat.postMessage").some((p) => p.args.thread_ts === event.ts), 5000, "an answer");
}

describe("the door", () => {
  it("answers a signed JSON null, an array, a number and a string with 400; none reaches Bolt and the app keeps answering", async () => {
    h = await startHarness();
    for (const body of ["null", "[]", '[{"type":"event_callback"}]', "42", '"text"', "{not json"]) {
      expect((await sendSigned(h.port, body)).status, body).toBe(400);
    }
    expect((await sendSigned(h.port, `payload=${encodeURIComponent("null")}`, { contentType: FORM })).status).toBe(400);
    await quiet(h);
    expect(h.service.asked).toHaveLength(0);
    expect(h.logLines().filter((l) => /malformed body/.test(l.msg))).toHaveLength(6);
    // JSON that opens as an object is left to Bolt's one parse: still a 400, its line without the body's text.
    const bolt = h.logLines().filter((l) => /Malformed request body/.test(l.msg));
    expect(bolt).toHaveLength(1);
    expect(JSON.stringify(bolt)).not.toMatch(/not json/);
    await stillAnswers();
  });

  it("refuses a signed body of a content type Slack does not send (400)", async () => {
    h = await startHarness();
    const body = eventBody(mention("a question"));
    expect((await sendSigned(h.port, body, { contentType: "text/plain" })).status).toBe(400);
    expect((await sendSigned(h.port, body, { contentType: "application/xml" })).status).toBe(400);
    await quiet(h);
    expect(h.service.asked).toHaveLength(0);
    // A charset parameter is fine.
    await stillAnswers();
    expect(
      (
        await sendSigned(h.port, eventBody(mention("what did inspectors ask GPs to do?")), {
          contentType: "application/json; charset=utf-8",
        })
      ).status,
    ).toBe(200);
  });

  it("refuses a body declared over the limit with 413 before reading it", async () => {
    h = await startHarness({ SLACK_MAX_BODY_BYTES: "4096" });
    const headers = { ...signedHeaders("x"), "content-length": String(30 * 1024 * 1024) };
    expect(await partialPost(h.port, headers, "{")).toBe(413);
    await stillAnswers();
  });

  it("refuses a chunked body once it outgrows the limit (413), without waiting for its end", async () => {
    h = await startHarness({ SLACK_MAX_BODY_BYTES: "4096" });
    const headers = { ...signedHeaders("x"), "transfer-encoding": "chunked" };
    expect(await partialPost(h.port, headers, `{"pad":"${"a".repeat(8192)}`)).toBe(413);
    await stillAnswers();
  });

  it("refuses an unsigned body (401) before reading it", async () => {
    h = await startHarness();
    const headers = {
      "content-type": "application/json",
      "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)),
      "content-length": String(30 * 1024 * 1024),
    };
    expect(await partialPost(h.port, headers, "{")).toBe(401);
    await stillAnswers();
  });
});
