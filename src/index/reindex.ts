import { buildIndex, type BuildOptions, type ReindexReport } from "./build.js";
import { reindexShared } from "./registry/sharedReindex.js";
import type { IndexSettings } from "./settings.js";

/**
 * `npm run reindex` as a function, so that `npm run sync` reindexes in process with the same code: in
 * shared mode (a database URL) under the shared lock, publishing the new version to every replica.
 */
export async function reindex(
  settings: IndexSettings,
  databaseUrl: string | null,
  options: Omit<BuildOptions, "beforeUnlock"> & { say: (message: string) => void },
): Promise<ReindexReport> {
  const { say, ...buildOptions } = options;
  const build = (beforeUnlock?: BuildOptions["beforeUnlock"]) => buildIndex(settings, { ...buildOptions, beforeUnlock });
  return databaseUrl && !options.dryRun ? reindexShared({ ...settings, databaseUrl }, build, { say }) : build();
}
