import { loadConfig } from "../../src/config.js";
import { readGapReport } from "../../src/gaps/readReport.js";
import { GAP_FORMATS, renderGapReport, type GapFormat } from "../../src/gaps/render.js";
import { parseCommand, runCommand, type CommandIO } from "./command.js";

/** Admins: the questions the guidance did not answer well, by topic. `--json` prints only JSON on stdout. */

export const USAGE = `Usage: npm run gaps -- [--json] [--since YYYY-MM-DD] [--format md|csv]

Questions the app abstained on, answered below its confident band, or that were rated "not helpful",
grouped by topic with counts per month. A topic shows up to three redacted example questions only when
at least GAP_MIN_ASKERS (default 3) different people asked about it. Recording is off unless GAP_REPORT=on.`;

/** `npm run gaps`: 0 the report; 1 for bad input or a store that cannot be read. */
export function main(argv: string[], io: CommandIO): Promise<number> {
  return runCommand("gaps", io, () => gaps(argv, io));
}

async function gaps(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommand(
    argv,
    {
      json: { type: "boolean", default: false },
      since: { type: "string" },
      format: { type: "string", default: "md" },
    },
    USAGE,
    1,
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const since = values.since ? new Date(`${values.since.slice(0, 10)}T00:00:00Z`) : undefined;
  if (since && (Number.isNaN(since.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(values.since!))) {
    io.stderr(`gaps: --since must be a date (YYYY-MM-DD)\n${USAGE}\n`);
    return 1;
  }
  if (!(GAP_FORMATS as readonly string[]).includes(values.format)) {
    io.stderr(`gaps: --format must be md or csv\n${USAGE}\n`);
    return 1;
  }
  const config = loadConfig(io.env);
  if (!config.gaps.enabled) io.stderr("gaps: the gap report is off (set GAP_REPORT=on to record); showing what was recorded before.\n");
  const report = await readGapReport(config, { since });
  if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(renderGapReport(report, values.format as GapFormat, config.gaps.minAskers));
  return 0;
}
