import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

/** The gap report's, sync's and review's settings: defaults, empty strings as unset, and each in .env.example. */

const NAMES = [
  "GAP_REPORT",
  "GAP_MIN_ASKERS",
  "GAP_RETENTION_DAYS",
  "SLACK_ADMINS",
  "SYNC_ALLOWED_HOSTS",
  "SYNC_TIMEOUT_MS",
  "REVIEW_AFTER_YEARS",
];

describe("configuration of the gap report, sync and review", () => {
  it("defaults: the gap report off, 3 askers, 90 days, no host allowed, review after 3 years", () => {
    const config = loadConfig({}, "/app");
    expect(config.gaps).toEqual({ enabled: false, minAskers: 3, retentionDays: 90 });
    expect(config.sync).toEqual({ allowedHosts: [], timeoutMs: 30_000 });
    expect(config.reviewAfterYears).toBe(3);
  });

  it("counts a variable set to the empty string as unset, and only GAP_REPORT=on as on", () => {
    const empty = loadConfig(Object.fromEntries(NAMES.map((n) => [n, ""])), "/app");
    expect(empty.gaps).toEqual({ enabled: false, minAskers: 3, retentionDays: 90 });
    expect(empty.reviewAfterYears).toBe(3);
    expect(loadConfig({ GAP_REPORT: "on" }).gaps.enabled).toBe(true);
    expect(loadConfig({ GAP_REPORT: "yes" }).gaps.enabled).toBe(false);
  });

  it("reads the settings given, admins from SLACK_ADMINS and SLACK_ADMIN_USERS together", () => {
    const config = loadConfig({
      GAP_REPORT: "ON",
      GAP_MIN_ASKERS: "5",
      GAP_RETENTION_DAYS: "30",
      SLACK_ADMINS: "U1,U2",
      SLACK_ADMIN_USERS: "U2,U3",
      SYNC_ALLOWED_HOSTS: "WWW.Example.gov.uk, assets.publishing.service.gov.uk",
      REVIEW_AFTER_YEARS: "2.5",
    });
    expect(config.gaps).toEqual({ enabled: true, minAskers: 5, retentionDays: 30 });
    expect(config.slack.adminUsers.sort()).toEqual(["U1", "U2", "U3"]);
    expect(config.sync.allowedHosts).toEqual(["www.example.gov.uk", "assets.publishing.service.gov.uk"]);
    expect(config.reviewAfterYears).toBe(2.5);
    expect(() => loadConfig({ GAP_MIN_ASKERS: "0" })).toThrow(ConfigError);
  });

  it("lists every one in .env.example under a comment", () => {
    const lines = readFileSync(".env.example", "utf8").split("\n");
    for (const name of NAMES) {
      let at = lines.findIndex((l) => l.startsWith(`${name}=`));
      expect(at, name).toBeGreaterThan(0);
      // Variables explained by one comment are listed together under it.
      while (at > 0 && /^\w+=/.test(lines[at - 1])) at -= 1;
      expect(lines[at - 1], name).toMatch(/^# \S/);
    }
  });
});
