import { randomBytes, randomInt } from "node:crypto";

/**
 * Token-shaped strings for the redaction tests, made at run time: the tests need the shape a real Slack
 * token has (prefix, numeric segments, secret part), and the repository must hold nothing that looks like one.
 */
export function fakeSlackToken(prefix: "xoxb" | "xapp"): string {
  const digits = () => String(randomInt(1e9, 1e10));
  const secret = randomBytes(12).toString("hex");
  return prefix === "xapp" ? [prefix, "1", `A${digits()}`, digits(), secret].join("-") : [prefix, digits(), digits(), secret].join("-");
}
