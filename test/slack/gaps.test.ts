import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteGapStore } from "../../src/gaps/sqliteStore.js";
import { actionBody, blocksText, eventBody, FORM, type Harness, mention, quiet, sendSigned, startHarness, waitFor } from "./harness.js";

/** The gap report in Slack: recorded only when on, with the asker hashed; shown on App Home to admins only. */

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

async function recorded() {
  const store = SqliteGapStore.open(h.config.dataDir);
  try {
    return await store.list();
  } finally {
    await store.close();
  }
}

const buttons = (blocks: any[]) => blocks.flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]);
const homeText = async (user: string) => {
  await sendSigned(h.port, eventBody({ type: "app_home_opened", user, channel: "D0HOME", tab: "home", event_ts: "1.1" }));
  const publish = await waitFor(() => h.fake.callsTo("views.publish").find((c) => c.args.user_id === user), 5000, "home");
  return blocksText(publish.args.view.blocks);
};

describe("gaps in Slack", () => {
  it("records nothing when GAP_REPORT is not on", async () => {
    h = await startHarness();
    await sendSigned(h.port, eventBody(mention("something unknown to the guidance")));
    await waitFor(() => h.fake.callsTo("chat.postMessage").length === 1, 5000, "the answer");
    await quiet(h);
    expect(existsSync(join(h.config.dataDir, "gaps.db"))).toBe(false);
  });

  it("records an abstention and a 'not helpful' click, with the asker only as a hash", async () => {
    h = await startHarness({ GAP_REPORT: "on" });
    await sendSigned(h.port, eventBody(mention("something unknown to the guidance")));
    await waitFor(async () => (await recorded()).length === 1, 5000, "the abstention recorded");
    await sendSigned(h.port, eventBody(mention("what did inspectors ask GPs to do?")));
    const posts = await waitFor(
      () => h.fake.callsTo("chat.postMessage").length === 2 && h.fake.callsTo("chat.postMessage"),
      5000,
      "answers",
    );
    const notHelpful = buttons(posts[1].args.blocks).find((b) => b.action_id === "feedback_not_helpful");
    await sendSigned(
      h.port,
      actionBody({
        type: "block_actions",
        team: { id: "T0001" },
        user: { id: "UPRACT" },
        api_app_id: "A0001",
        container: { type: "message", message_ts: "1.2", channel_id: "C0GENERAL", is_ephemeral: false },
        channel: { id: "C0GENERAL", name: "general" },
        trigger_id: "trigger-9",
        response_url: h.fake.responseUrl("fb"),
        actions: [{ block_id: "b", action_ts: "1.3", type: "button", action_id: "feedback_not_helpful", value: notHelpful.value }],
      }),
      { contentType: FORM },
    );
    const records = await waitFor(
      async () => {
        const r = await recorded();
        return r.length === 2 && r;
      },
      5000,
      "the rating recorded",
    );
    expect(records.map((r) => r.reason)).toEqual(["abstained", "not-helpful"]);
    expect(records[0].askerHash).toBe(records[1].askerHash);
    expect(JSON.stringify(records)).not.toMatch(/UPRACT|C0GENERAL|T0001/);
  });

  it("shows admins the top gaps and the documents due for review; nobody else", async () => {
    h = await startHarness({ GAP_REPORT: "on", GAP_MIN_ASKERS: "2", SLACK_ADMINS: "UADMIN" });
    const store = SqliteGapStore.open(h.config.dataDir);
    for (const askerHash of ["a", "b"]) {
      await store.add({
        at: new Date().toISOString(),
        text: "how do I escalate a strat?",
        kind: "procedure",
        topic: "strategy meeting",
        focus: ["strat"],
        concepts: ["strategy meeting"],
        reason: "abstained",
        askerHash,
      });
    }
    await store.close();
    const admin = await homeText("UADMIN");
    expect(admin).toContain("Top gaps (admins only)");
    expect(admin).toContain("strategy meeting: 2");
    expect(admin).toContain("how do I escalate a strat?");
    expect(admin).toMatch(/Due for review[\s\S]*Kirklees: inspection of services \(25 November 2016\)/);
    const other = await homeText("UPRACT");
    expect(other).not.toContain("Top gaps");
    expect(other).not.toContain("strategy meeting");
    expect(other).not.toContain("Due for review");
  });
});
