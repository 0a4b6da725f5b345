import { beforeAll, describe, expect, it } from "vitest";
import { guardedExcerpts } from "../../src/app/guardedExcerpts.js";
import { excerptsAsText } from "../../src/excerpts/render/text.js";
import { findExcerpts } from "../../src/excerpts/find.js";
import type { PreparedIndex } from "../../src/retrieve/indexDerived.js";
import { memorySnapshot } from "../helpers/memorySnapshot.js";

/** Excerpts pass the same guards as answers: the urgent message first, personal data out of the search. */

let snapshot: PreparedIndex;
const contacts = { urgent: null, local: null };
const NOW = new Date("2026-12-01T00:00:00Z");

beforeAll(async () => {
  snapshot = await memorySnapshot("corpus");
});

describe("excerpts through the guards", () => {
  it("finds the same excerpts as the finder for a plain topic, with no notices", async () => {
    const guarded = await guardedExcerpts(snapshot, contacts, "professional curiosity", { now: NOW });
    expect(guarded).toEqual(await findExcerpts(snapshot, "professional curiosity", { now: NOW }));
    expect(guarded.notices).toEqual([]);
  });

  it("puts the urgent-contact message first when the topic describes a child at immediate risk", async () => {
    const set = await guardedExcerpts(snapshot, contacts, "stepdad has a knife", { now: NOW });
    expect(set.notices[0]?.kind).toBe("urgent");
    expect(excerptsAsText(set).startsWith("If a child is in immediate danger, call 999.")).toBe(true);
  });

  it("searches the topic without its personal data, and says so", async () => {
    const set = await guardedExcerpts(snapshot, contacts, "professional curiosity for Priya Patel born 03/04/2015", { now: NOW });
    expect(set.topic).not.toMatch(/Priya|Patel|2015/);
    expect(set.notices.map((n) => n.kind)).toContain("personal-data");
    const plain = await findExcerpts(snapshot, set.topic, { now: NOW });
    expect(set.groups).toEqual(plain.groups);
  });

  it("searches nothing for a topic with nothing readable in it", async () => {
    const set = await guardedExcerpts(snapshot, contacts, " \u200B ", { now: NOW });
    expect(set).toMatchObject({ total: 0, groups: [], notices: [{ kind: "input" }] });
  });
});
