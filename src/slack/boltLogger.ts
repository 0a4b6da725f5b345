import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../logging.js";
import { safeError, scrubText } from "../redact.js";

/**
 * Bolt and its Web API client log through pino, and so through its redaction. Their debug output is
 * dropped: it dumps request bodies, which can hold a practitioner's words. An object they log (an error,
 * an axios config) is reduced to an error's safe fields, never printed whole.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: "bolt" });
  const line = (msg: unknown[]) =>
    msg
      .map((m) => (typeof m === "string" ? scrubText(m) : typeof m === "object" && m !== null ? safeError(m).message : String(m)))
      .join(" ");
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
