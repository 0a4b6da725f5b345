import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../logging.js";

/**
 * Bolt and its Web API client log through pino. Their debug output is dropped: it dumps request bodies,
 * which can hold a practitioner's words, and those never go to logs.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: "bolt" });
  const line = (msg: unknown[]) =>
    msg.map((m) => (typeof m === "string" ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(" ");
  return {
    debug: () => {},
    info: (...msg) => log.info(line(msg)),
    warn: (...msg) => log.warn(line(msg)),
    error: (...msg) => log.error(line(msg)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
