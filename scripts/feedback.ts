import { config as loadDotenv } from "dotenv";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { openFeedbackStore } from "../src/app/stores.js";
import { countRatings, REASONS, type FeedbackRecord } from "../src/feedback/store.js";

/** Admins: list the feedback practitioners gave in Slack. `--json` prints only JSON on stdout. */

const USAGE = `Usage: npm run feedback -- [--json] [--limit N] [--rating helpful|not_helpful]`;

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      limit: { type: "string" },
      rating: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const feedback = await openFeedbackStore(config);
  const path = feedback.where;
  const all = await feedback.store.list().finally(() => feedback.close());
  const chosen = values.rating ? all.filter((r) => r.rating === values.rating) : all;
  const limit = values.limit ? Number(values.limit) : Infinity;
  const shown = Number.isFinite(limit) && limit >= 0 ? chosen.slice(-limit) : chosen;
  const counts = countRatings(all);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ file: path, counts, feedback: shown }, null, 2)}\n`);
    return 0;
  }
  if (!all.length) {
    console.log(`No feedback yet (${path}).`);
    return 0;
  }
  console.log(table(shown));
  console.log(`\n${counts.helpful} helpful, ${counts.not_helpful} not helpful, ${counts.total} in all (${path})`);
  return 0;
}

function table(records: FeedbackRecord[]): string {
  const rows = records.map((r) => [
    r.at.slice(0, 16).replace("T", " "),
    r.rating === "helpful" ? "helpful" : "not helpful",
    r.reason ? REASONS[r.reason] : "",
    r.channelType,
    r.team ?? "",
    r.sources.files.join(", "),
  ]);
  const header = ["when (UTC)", "rating", "reason", "where", "team", "sources"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`feedback: ${(error as Error).message}`);
    process.exit(1);
  },
);
