import { openFeedbackStore } from "../../src/app/stores.js";
import { loadConfig } from "../../src/config.js";
import { countRatings, REASONS, type FeedbackRecord } from "../../src/feedback/store.js";
import { parseCommand, runCommand, type CommandIO } from "./command.js";

/** Admins: list the feedback practitioners gave in Slack. `--json` prints only JSON on stdout. */

export const USAGE = `Usage: npm run feedback -- [--json] [--limit N] [--rating helpful|not_helpful]`;

/** `npm run feedback`: 0 listed; 1 for a bad option or a store that cannot be read. */
export function main(argv: string[], io: CommandIO): Promise<number> {
  return runCommand("feedback", io, () => feedback(argv, io));
}

async function feedback(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommand(
    argv,
    {
      json: { type: "boolean", default: false },
      limit: { type: "string" },
      rating: { type: "string" },
    },
    USAGE,
    1,
  );
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig(io.env);
  const opened = await openFeedbackStore(config);
  const path = opened.where;
  const all = await opened.store.list().finally(() => opened.close());
  const chosen = values.rating ? all.filter((r) => r.rating === values.rating) : all;
  const limit = values.limit ? Number(values.limit) : Infinity;
  const shown = Number.isFinite(limit) && limit >= 0 ? chosen.slice(-limit) : chosen;
  const counts = countRatings(all);
  if (values.json) {
    io.stdout(`${JSON.stringify({ file: path, counts, feedback: shown }, null, 2)}\n`);
    return 0;
  }
  if (!all.length) {
    io.stdout(`No feedback yet (${path}).\n`);
    return 0;
  }
  io.stdout(`${table(shown)}\n`);
  io.stdout(`\n${counts.helpful} helpful, ${counts.not_helpful} not helpful, ${counts.total} in all (${path})\n`);
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
