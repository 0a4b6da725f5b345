import { config as loadDotenv } from "dotenv";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { readGapReport } from "../src/gaps/readReport.js";
import { GAP_FORMATS, renderGapReport, type GapFormat } from "../src/gaps/render.js";

/** Admins: the questions the guidance did not answer well, by topic. `--json` prints only JSON on stdout. */

const USAGE = `Usage: npm run gaps -- [--json] [--since YYYY-MM-DD] [--format md|csv]

Questions the app abstained on, answered below its confident band, or that were rated "not helpful",
grouped by topic with counts per month. A topic shows up to three redacted example questions only when
at least GAP_MIN_ASKERS (default 3) different people asked about it. Recording is off unless GAP_REPORT=on.`;

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      since: { type: "string" },
      format: { type: "string", default: "md" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const since = values.since ? new Date(`${values.since.slice(0, 10)}T00:00:00Z`) : undefined;
  if (since && (Number.isNaN(since.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(values.since!))) {
    console.error(`gaps: --since must be a date (YYYY-MM-DD)\n${USAGE}`);
    return 1;
  }
  if (!(GAP_FORMATS as readonly string[]).includes(values.format)) {
    console.error(`gaps: --format must be md or csv\n${USAGE}`);
    return 1;
  }
  const config = loadConfig();
  if (!config.gaps.enabled) console.error("gaps: the gap report is off (set GAP_REPORT=on to record); showing what was recorded before.");
  const report = await readGapReport(config, { since });
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(renderGapReport(report, values.format as GapFormat, config.gaps.minAskers));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`gaps: ${(error as Error).message}`);
    process.exit(1);
  },
);
