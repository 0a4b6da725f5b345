import { loadConfig } from "../../src/config.js";
import { reindex } from "../../src/index/reindex.js";
import { indexSettingsOf } from "../../src/index/settings.js";
import { syncSources, type SyncReport } from "../../src/sync/sync.js";
import { parseCommand, runCommand, type CommandIO } from "./command.js";

/** npm run sync [-- --json]: follow the published documents of corpus/sources.json (README "Sources"). */

export const USAGE = `Usage: npm run sync -- [--json]

Fetches every document listed in CORPUS_DIR/sources.json ({"url", "file"?, "title"?, "type"?, "date"?,
"audience"?}) from the hosts in SYNC_ALLOWED_HOSTS (every redirect hop too), stores new and changed ones
in CORPUS_DIR with their url in metadata.json, and reindexes when anything changed. A failed fetch, an
oversized or unexpected file, or one that does not read as a document keeps the previous file and index.

Options:
  --json   print {"sources": [{"url", "file", "status", "reason"}], "reindex", "error"} as JSON on stdout
  --help   show this help

Exit status: 0 every source fetched (and indexed), 2 some failed, 1 nothing usable.`;

/** `npm run sync`: 0 every source fetched (and indexed), 2 some failed, 1 nothing usable (or bad input). */
export function main(argv: string[], io: CommandIO): Promise<number> {
  return runCommand("sync", io, () => sync(argv, io));
}

async function sync(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommand(argv, { json: { type: "boolean", default: false } }, USAGE, 1);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig(io.env);
  const say = (m: string) => io.stderr(`${m}\n`);
  if (!config.sync.allowedHosts.length) say("sync: SYNC_ALLOWED_HOSTS is empty, so no host may be fetched.");
  const report = await syncSources(
    { corpusDir: config.corpusDir, dataDir: config.dataDir, maxBytes: config.maxFileBytes, ...config.sync },
    async () => {
      say("Something changed: reindexing.");
      const r = await reindex(indexSettingsOf(config), config.databaseUrl, { reviewAfterYears: config.reviewAfterYears, say });
      return { version: r.version, exitCode: r.exitCode, error: r.error };
    },
  );
  if (values.json) io.stdout(`${JSON.stringify({ sources: report.sources, reindex: report.reindex, error: report.error }, null, 2)}\n`);
  else io.stdout(humanReport(report));
  if (report.error) say(`sync: ${report.error}`);
  return report.exitCode;
}

function humanReport(report: SyncReport): string {
  const lines = report.sources.map((s) => `${s.status.padEnd(9)}  ${s.file || "-"}  ${s.url}${s.reason ? `  (${s.reason})` : ""}`);
  const index = report.reindex
    ? `Reindexed: version ${report.reindex.version ?? "none"} (exit ${report.reindex.exitCode}).`
    : "Nothing changed: the index was left as it is.";
  return `${[...lines, "", index].join("\n")}\n`;
}
