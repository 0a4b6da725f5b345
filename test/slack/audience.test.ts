import mammoth from "mammoth";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createService } from "../../src/app/createService.js";
import type { SafeguideService } from "../../src/service.js";
import { loadConfig } from "../../src/config.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { parseChannelAudiences } from "../../src/config.js";
import { ACTION } from "../../src/slack/render/answerBlocks.js";
import {
  audienceCorpus,
  audienceSnapshot,
  RESTRICTED,
  RESTRICTED_MARKER,
  RESTRICTED_QUESTION,
  RESTRICTED_TITLE,
} from "../helpers/audienceCorpus.js";
import {
  actionBody,
  commandBody,
  eventBody,
  FORM,
  type Harness,
  mention,
  newTs,
  quiet,
  sendSigned,
  startHarness,
  waitFor,
} from "./harness.js";

/** SLACK_AUDIENCES: the board channel sees the board's papers; every other place, public documents only. */

const BOARD = "C0BOARD";
const GENERAL = "C0GENERAL";
const corpus = audienceCorpus();
let snapshot: PreparedIndex;
let h: Harness<SafeguideService>;

beforeAll(async () => {
  snapshot = await audienceSnapshot(corpus.corpusDir);
});
afterAll(() => corpus.remove());
afterEach(async () => {
  await h?.stop();
});

async function start(): Promise<void> {
  const service = await createService(loadConfig(corpus.env), () => snapshot);
  h = await startHarness({ SLACK_AUDIENCES: `${BOARD}:board|panel,C0AUDIT:audit` }, service);
}

/** Everything Slack was sent, as one string: posts, responses, views and uploaded files' text. */
async function everythingSent(): Promise<string> {
  const files = await Promise.all(h.fake.uploads.map(async (u) => (await mammoth.extractRawText({ buffer: u.body })).value));
  return JSON.stringify([h.fake.calls.map((c) => c.args), h.fake.responses.map((r) => r.body), files]);
}

function expectNothingRestricted(sent: string): void {
  expect(sent).not.toContain(RESTRICTED_MARKER);
  expect(sent).not.toContain(RESTRICTED_TITLE);
  expect(sent).not.toContain(RESTRICTED);
}

async function askByMention(channel: string): Promise<any[]> {
  const before = h.fake.callsTo("chat.postMessage").length;
  await sendSigned(h.port, eventBody(mention(RESTRICTED_QUESTION, { channel })));
  const posts = await waitFor(
    () => h.fake.callsTo("chat.postMessage").length > before && h.fake.callsTo("chat.postMessage"),
    5000,
    "the answer",
  );
  return posts.at(-1)!.args.blocks;
}

const responsesTo = (id: string) => h.fake.responses.filter((r) => r.id === id);

async function command(text: string, channel: string, id: string) {
  await sendSigned(h.port, commandBody(text, h.fake.responseUrl(id), { channel_id: channel, channel_name: channel.toLowerCase() }), {
    contentType: FORM,
  });
  const [reply] = await waitFor(() => responsesTo(id).length === 1 && responsesTo(id), 5000, `the reply to ${text}`);
  return reply.body;
}

function click(actionId: string, value: string, channel: string, id: string) {
  return sendSigned(
    h.port,
    actionBody({
      type: "block_actions",
      team: { id: "T0001" },
      user: { id: "UPRACT" },
      api_app_id: "A0001",
      container: { type: "message", message_ts: "1.2", channel_id: channel, is_ephemeral: true },
      channel: { id: channel, name: channel.toLowerCase() },
      trigger_id: "trigger-7",
      response_url: h.fake.responseUrl(id),
      actions: [{ type: "button", action_id: actionId, block_id: "b", value, action_ts: "1.3" }],
    }),
    { contentType: FORM },
  );
}

const buttons = (blocks: any[]) => blocks.flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]);

describe("audiences in Slack", () => {
  it("answers in the board channel from the board's review, and everywhere else without it", async () => {
    await start();
    expect(JSON.stringify(await askByMention(BOARD))).toContain(RESTRICTED_TITLE);
    h.fake.calls.length = 0;
    await askByMention(GENERAL);
    await askByMention("C0AUDIT");
    await sendSigned(
      h.port,
      eventBody({ type: "message", channel: "D0DM", channel_type: "im", user: "UPRACT", ts: newTs(), text: RESTRICTED_QUESTION }),
    );
    await waitFor(() => h.fake.callsTo("chat.postMessage").length === 3, 5000, "the DM answer");
    await quiet(h);
    expectNothingRestricted(await everythingSent());
  });

  it("shows excerpts and sends the Word file with the review only to the board channel", async () => {
    await start();
    const topic = "health visitor";
    expect(JSON.stringify(await command(`quote ${topic}`, GENERAL, "q-general"))).toMatch(/Hospital discharge guidance/);
    await click(ACTION.excerptsDocx, topic, GENERAL, "d-general");
    await waitFor(() => responsesTo("d-general").length === 1, 5000, "the Word file");
    expect(h.fake.uploads).toHaveLength(1);
    expectNothingRestricted(await everythingSent());

    expect(JSON.stringify(await command(`quote ${topic}`, BOARD, "q-board"))).toContain(RESTRICTED_TITLE);
    await click(ACTION.excerptsDocx, topic, BOARD, "d-board");
    await waitFor(() => h.fake.uploads.length === 2, 5000, "the board's Word file");
    expect((await mammoth.extractRawText({ buffer: h.fake.uploads[1].body })).value).toContain(RESTRICTED_MARKER);
  });

  it("refuses a forged Show passage for the review outside the board channel", async () => {
    await start();
    const blocks = await askByMention(BOARD);
    const show = buttons(blocks).find(
      (b) => String(b.action_id).startsWith(ACTION.showPassage) && snapshot.chunks.get(b.value)?.source === RESTRICTED,
    );
    expect(show).toBeDefined();
    await click(show.action_id, show.value, GENERAL, "sp-general");
    const [refused] = await waitFor(() => h.fake.callsTo("views.open").length === 1 && h.fake.callsTo("views.open"), 5000, "the modal");
    expect(JSON.stringify(refused.args.view)).toContain("no longer available");
    expectNothingRestricted(JSON.stringify(refused.args.view));

    await click(show.action_id, show.value, BOARD, "sp-board");
    const opened = await waitFor(
      () => h.fake.callsTo("views.open").length === 2 && h.fake.callsTo("views.open"),
      5000,
      "the board's modal",
    );
    expect(JSON.stringify(opened[1].args.view)).toContain(RESTRICTED_MARKER);
  });

  it("refuses to share an answer built on the review into a channel that may not see it", async () => {
    await start();
    const answer = await command(RESTRICTED_QUESTION, BOARD, "ask-board");
    const share = buttons(answer.blocks).find((b) => b.action_id === ACTION.share);
    expect(JSON.stringify(answer)).toContain(RESTRICTED_TITLE);
    await click(ACTION.share, share.value, GENERAL, "share-general");
    const [refused] = await waitFor(() => responsesTo("share-general").length === 1 && responsesTo("share-general"), 5000, "the refusal");
    expect(refused.body.text).toMatch(/no longer available to share/);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);

    await click(ACTION.share, share.value, BOARD, "share-board");
    const [posted] = await waitFor(
      () => h.fake.callsTo("chat.postMessage").length === 1 && h.fake.callsTo("chat.postMessage"),
      5000,
      "the share",
    );
    expect(posted.args.channel).toBe(BOARD);
  });

  it("lists only public documents on App Home", async () => {
    await start();
    await sendSigned(h.port, eventBody({ type: "app_home_opened", user: "UPRACT", channel: "D0HOME", tab: "home", event_ts: "1.1" }));
    const [publish] = await waitFor(
      () => h.fake.callsTo("views.publish").length === 1 && h.fake.callsTo("views.publish"),
      5000,
      "views.publish",
    );
    expect(JSON.stringify(publish.args.view)).toContain("Hospital discharge guidance");
    expectNothingRestricted(JSON.stringify(publish.args.view));
  });
});

describe("SLACK_AUDIENCES", () => {
  it("maps channels to audiences and refuses what it cannot read", () => {
    expect(parseChannelAudiences("C0123:board, G0456:board|audit")).toEqual({ map: { C0123: ["board"], G0456: ["board", "audit"] } });
    expect(parseChannelAudiences(undefined)).toEqual({ map: {} });
    expect(loadConfig({ SLACK_AUDIENCES: "C0123:board" }).slack.channelAudiences).toEqual({ C0123: ["board"] });
    for (const bad of ["C0123", "D0123:board", "C0123:", "C0123:board:x", "C0123:board members", "C0123:a,C0123:b"]) {
      expect(() => loadConfig({ SLACK_AUDIENCES: bad }), bad).toThrow(/SLACK_AUDIENCES/);
    }
  });
});
