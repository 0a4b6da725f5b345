import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config.js";
import { openGapStore } from "./open.js";
import { retentionCutoff } from "./recorder.js";
import { gapReport, type GapReport } from "./report.js";
import { GAP_FILE } from "./sqliteStore.js";

/**
 * The report as `npm run gaps` and App Home read it: records past the retention period are deleted first,
 * then those since the given date (by default the whole retention period) are grouped by topic.
 */
export async function readGapReport(
  config: Pick<Config, "dataDir" | "databaseUrl" | "gaps">,
  options: { since?: Date; now?: Date } = {},
): Promise<GapReport> {
  const now = options.now ?? new Date();
  const cutoff = retentionCutoff(now, config.gaps.retentionDays);
  const since = options.since && options.since > cutoff ? options.since : cutoff;
  // Nothing was ever recorded here: say so without making an empty store.
  if (!config.databaseUrl && !existsSync(join(config.dataDir, GAP_FILE))) return gapReport([], { since, minAskers: config.gaps.minAskers });
  const store = await openGapStore(config);
  try {
    await store.deleteOlderThan(cutoff);
    return gapReport(await store.list(since), { since, minAskers: config.gaps.minAskers });
  } finally {
    await store.close();
  }
}
