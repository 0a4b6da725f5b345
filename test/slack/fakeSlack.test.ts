import { webApi } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { FakeSlack } from "../../testkit/fakeSlack.js";
import { fakeSlackToken } from "../../testkit/fakeTokens.js";

let fake: FakeSlack;
afterEach(async () => {
  await fake?.stop();
});

describe("FakeSlack", () => {
  it("serves files.uploadV2's calls and its upload URL", async () => {
    fake = await new FakeSlack().start();
    const client = new webApi.WebClient(fakeSlackToken("xoxb"), { slackApiUrl: fake.apiUrl });
    await client.filesUploadV2({
      channel_id: "C0GENERAL",
      content: "> a verbatim excerpt\n— a citation",
      filename: "excerpts.md",
      title: "Excerpts",
    });
    expect(fake.callsTo("files.getUploadURLExternal")).toHaveLength(1);
    expect(fake.uploads).toHaveLength(1);
    expect(fake.uploads[0].bytes).toBeGreaterThan(0);
    const complete = fake.callsTo("files.completeUploadExternal")[0];
    expect(complete.args.channel_id).toBe("C0GENERAL");
    expect(complete.args.files[0].id).toBe(fake.uploads[0].fileId);
  });
});
