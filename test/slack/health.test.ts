import { describe, expect, it } from "vitest";
import { checkHealth, HEALTH_PATH } from "../../src/slack/health.js";
import type { IndexStatus } from "../../src/service.js";
import { FakeService, STATUS } from "./fakeService.js";
import { startHarness } from "./harness.js";

/** DESIGN.md, Health: GET /healthz answers 200 with the index version when everything it needs is usable, else 503. */

const BUILT = Date.parse(STATUS.builtAt);
const journal = { countPending: async () => 3 };
const service = new FakeService();

describe("checkHealth", () => {
  it("is ok with the index version and age, the journal's pending count and the database", async () => {
    const health = await checkHealth({ service, journal, database: async () => {}, now: () => BUILT + 90_000 });
    expect(health).toEqual({
      ok: true,
      index: { ok: true, version: STATUS.version, builtAt: STATUS.builtAt, ageSeconds: 90 },
      journal: { ok: true, pending: 3 },
      database: { ok: true },
    });
  });

  it("leaves the database out in embedded mode", async () => {
    const health = await checkHealth({ service, journal });
    expect(health.ok).toBe(true);
    expect(health).not.toHaveProperty("database");
  });

  it("is not ok, naming the part, when the index, the journal or the database fails", async () => {
    const broken = new Error("gone");
    const noIndex = await checkHealth({ service: { status: () => Promise.reject(broken) }, journal });
    expect(noIndex).toMatchObject({ ok: false, index: { ok: false, error: "gone" }, journal: { ok: true } });
    const noJournal = await checkHealth({ service, journal: { countPending: () => Promise.reject(broken) } });
    expect(noJournal).toMatchObject({ ok: false, index: { ok: true }, journal: { ok: false, error: "gone" } });
    const noDatabase = await checkHealth({ service, journal, database: () => Promise.reject(broken) });
    expect(noDatabase).toMatchObject({ ok: false, database: { ok: false, error: "gone" } });
  });

  it("counts a check that does not answer within the limit as down", async () => {
    const health = await checkHealth({ service, journal, database: () => new Promise<void>(() => {}), limitMs: 1 });
    expect(health).toMatchObject({ ok: false, database: { ok: false, error: "no answer within 1 ms" } });
  });
});

class NoIndex extends FakeService {
  override async status(): Promise<IndexStatus> {
    throw new Error("no index version could be loaded");
  }
}

describe(`GET ${HEALTH_PATH} in HTTP mode`, () => {
  it("answers 200 with the index version beside /slack/events", async () => {
    const h = await startHarness();
    try {
      const res = await fetch(`http://127.0.0.1:${h.port}${HEALTH_PATH}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(await res.json()).toMatchObject({ ok: true, index: { version: STATUS.version }, journal: { ok: true, pending: 0 } });
    } finally {
      await h.stop();
    }
  });

  it("answers 503 when the index cannot be read", async () => {
    const h = await startHarness({}, new NoIndex());
    try {
      const res = await fetch(`http://127.0.0.1:${h.port}${HEALTH_PATH}`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, index: { ok: false, error: "no index version could be loaded" } });
    } finally {
      await h.stop();
    }
  });
});
