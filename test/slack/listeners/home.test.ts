import { afterEach, describe, expect, it } from "vitest";
import { blocksText, eventBody, type Harness, mention, sendSigned, startHarness, waitFor } from "../harness.js";

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

const opened = (user: string) => ({ type: "app_home_opened", user, channel: "D0HOME", tab: "home", event_ts: "1.1" });

describe("App Home", () => {
  it("publishes what the app is for and the corpus status", async () => {
    h = await startHarness();
    await sendSigned(h.port, eventBody(opened("UPRACT")));
    const [publish] = await waitFor(
      () => h.fake.callsTo("views.publish").length === 1 && h.fake.callsTo("views.publish"),
      5000,
      "views.publish",
    );
    expect(publish.args.user_id).toBe("UPRACT");
    const text = blocksText(publish.args.view.blocks);
    expect(text).toContain("v-20240101-abc");
    expect(text).toContain("2024-01-01T10:00:00Z");
    expect(text).toContain("local-lsa-256");
    expect(text).toContain("Joint targeted area inspection of Kirklees (18 August 2022)");
    expect(text).toContain("(older document)");
    expect(text).toContain("Example questions");
    expect(text).not.toContain("Feedback (admins only)");
  });

  it("shows admins the feedback counts", async () => {
    h = await startHarness({ SLACK_ADMIN_USERS: "UADMIN" });
    await h.feedback.record({
      questionId: "q1",
      rating: "helpful",
      sources: { chunkIds: [], files: [] },
      team: "T0001",
      channelType: "im",
    });
    await sendSigned(h.port, eventBody(opened("UADMIN")));
    const [publish] = await waitFor(
      () => h.fake.callsTo("views.publish").length === 1 && h.fake.callsTo("views.publish"),
      5000,
      "views.publish",
    );
    expect(blocksText(publish.args.view.blocks)).toContain("1 helpful");
  });

  it("shows admins the answers Slack refused for good, by reason (after a revoked token)", async () => {
    h = await startHarness({ SLACK_ADMIN_USERS: "UADMIN" });
    h.fake.failAll = "token_revoked";
    await sendSigned(h.port, eventBody(mention("what did inspectors ask GPs to do?")));
    await waitFor(() => h.logLines().some((l) => l.reason === "token_revoked"), 5000, "the recorded failure");
    h.fake.failAll = null;
    await sendSigned(h.port, eventBody(opened("UADMIN")));
    await sendSigned(h.port, eventBody(opened("UPRACT")));
    await waitFor(() => h.fake.callsTo("views.publish").length === 2, 5000, "both views.publish");
    const view = (user: string) => blocksText(h.fake.callsTo("views.publish").find((p) => p.args.user_id === user)!.args.view.blocks);
    expect(view("UADMIN")).toContain("1 answer Slack refused: `token_revoked` 1");
    expect(view("UPRACT")).not.toContain("Undelivered");
  });
});
