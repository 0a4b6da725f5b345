import { relative } from "node:path";
import cliProgress from "cli-progress";
import { loadConfig } from "../../src/config.js";
import type { BuildStage, ReindexReport } from "../../src/index/build.js";
import { reindex } from "../../src/index/reindex.js";
import { indexSettingsOf } from "../../src/index/settings.js";
import { parseCommand, runCommand, type CommandIO } from "./command.js";

/** npm run reindex [-- --full] [--dry-run] [--json]: rebuild the index from CORPUS_DIR (DESIGN.md, "Reindex"). */

export const USAGE = `Usage: npm run reindex -- [options]

Reads every document in CORPUS_DIR (default corpus/), and when anything changed builds a new index
version in INDEX_DIR (default data/index/) and switches to it. The previous version keeps serving
until the new one is complete and checked. With DATABASE_URL set, it takes the shared reindex lock
(exit 1 naming the reindex that holds it) and publishes the new version to every replica.

Options:
  --full      rebuild even when nothing changed
  --dry-run   report what would change; write nothing
  --json      print {"version", "sources", "duplicates", "warnings"} as JSON on stdout
  --help      show this help

Exit status: 0 every source indexed (or nothing changed), 2 an index was made but some sources failed,
1 no index could be made (the previous one still serves).`;

const STAGE_NAMES: Record<BuildStage, string> = {
  read: "reading",
  chunk: "splitting",
  model: "model",
  embed: "embedding",
  write: "writing",
  verify: "checking",
};

/** `npm run reindex`: 0 every source indexed (or nothing changed), 2 some sources failed, 1 no index (or bad input). */
export function main(argv: string[], io: CommandIO): Promise<number> {
  return runCommand("reindex", io, () => run(argv, io));
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommand(
    argv,
    {
      full: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
    USAGE,
    1,
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const loaded = loadConfig(io.env);
  const config = indexSettingsOf(loaded);
  const { databaseUrl } = loaded;
  const progress = progressReporter(io);
  // Shared mode: one reindex at a time across replicas, and the new version published to all of them.
  const report = await reindex(config, databaseUrl ?? null, {
    full: values.full,
    dryRun: values["dry-run"],
    onProgress: progress.update,
    reviewAfterYears: loaded.reviewAfterYears,
    say: (m) => io.stderr(`${m}\n`),
  });
  progress.done();
  if (values.json) {
    const { version, sources, duplicates, warnings } = report;
    io.stdout(`${JSON.stringify({ version, sources, duplicates, warnings }, null, 2)}\n`);
  } else {
    io.stdout(humanReport(report, relative(process.cwd(), config.corpusDir) || "."));
  }
  if (report.error) io.stderr(`reindex: ${report.error}\n`);
  return report.exitCode;
}

/** A bar on a terminal; one line per stage when stderr is piped (logs, CI). */
function progressReporter(io: CommandIO) {
  const tty = io.terminal;
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: "{stage} [{bar}] {value}/{total} {item}", stream: tty, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let stage: BuildStage | null = null;
  return {
    update(next: BuildStage, done: number, total: number, item?: string) {
      const payload = { stage: STAGE_NAMES[next].padEnd(9), item: item ?? "" };
      if (next !== stage) {
        bar?.stop();
        bar?.start(total, done, payload);
        if (!tty) io.stderr(`${STAGE_NAMES[next]}${total > 1 ? ` (${total})` : ""}...\n`);
        stage = next;
      } else {
        bar?.setTotal(total);
        bar?.update(done, payload);
      }
    },
    done() {
      bar?.stop();
    },
  };
}

function humanReport(report: ReindexReport, corpus: string): string {
  const lines: string[] = [];
  const seconds = (report.durationMs / 1000).toFixed(1);
  const headline = {
    built: `Built index version ${report.version}: ${report.chunkCount} passages from ${corpus} in ${seconds} s.`,
    unchanged: `Nothing changed: index version ${report.version} still serves (${report.chunkCount} passages; checked in ${seconds} s).`,
    "dry-run": `Dry run: a reindex would make ${report.chunkCount} passages (${report.rebuildReason ?? "nothing changed"}); nothing written.`,
    failed: `No index was made: ${report.error}`,
  }[report.outcome];
  lines.push(headline, "");
  if (report.sources.length) {
    const width = Math.min(60, Math.max(4, ...report.sources.map((s) => s.file.length)));
    lines.push(`${"file".padEnd(width)}  ${"status".padEnd(9)}  reason`);
    for (const s of report.sources) lines.push(`${s.file.padEnd(width)}  ${s.status.padEnd(9)}  ${s.reason ?? ""}`.trimEnd());
    lines.push("");
  }
  if (report.outcome === "built" && report.rebuildReason) lines.push(`Rebuilt because ${report.rebuildReason}.`);
  lines.push(`Duplicate passages collapsed: ${report.duplicates} group(s).`);
  if (report.warnings.length) lines.push("", `Warnings (${report.warnings.length}):`, ...report.warnings.map((w) => `  - ${w}`));
  return `${lines.join("\n")}\n`;
}
