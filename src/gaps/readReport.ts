import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config.js";
import { openGapStore } from "./open.js";
import { reportFrom, retentionCutoff } from "./recorder.js";
import { gapReport, type GapReport } from "./report.js";
import { GAP_FILE } from "./sqliteStore.js";

/** The report as `npm run gaps` reads it: since the given date, or over the whole retention period. */
export async function readGapReport(
  config: Pick<Config, "dataDir" | "databaseUrl" | "gaps">,
  options: { since?: Date; now?: Date } = {},
): Promise<GapReport> {
  const now = options.now ?? new Date();
  const { minAskers, retentionDays } = config.gaps;
  // Nothing was ever recorded here: say so without making an empty store.
  if (!config.databaseUrl && !existsSync(join(config.dataDir, GAP_FILE))) {
    const cutoff = retentionCutoff(now, retentionDays);
    return gapReport([], { since: options.since && options.since > cutoff ? options.since : cutoff, minAskers });
  }
  const store = await openGapStore(config);
  try {
    return await reportFrom(store, { minAskers, retentionDays, now, since: options.since });
  } finally {
    await store.close();
  }
}
