import { formatPassage } from "../../src/cli/format.js";
import { FILTER_OPTIONS } from "../../src/cli/options.js";
import { loadConfig } from "../../src/config.js";
import { toPassageJson } from "../../src/retrieve/types.js";
import { CommandError, commandFilters, commandService, parseCommand, runCommand, type CommandIO } from "./command.js";

export const USAGE = `Usage: npm run ask -- [--json] [--k N] [--source FILE] [--type TYPE] [--since DATE] [--until DATE] [--audience NAME] "question"`;

/** `npm run ask`: the passages for a question (JSON with --json); 2 for bad input. */
export function main(argv: string[], io: CommandIO): Promise<number> {
  return runCommand("ask", io, () => ask(argv, io));
}

async function ask(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: "boolean" }, k: { type: "string" }, ...FILTER_OPTIONS }, USAGE);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const query = positionals.join(" ").trim();
  if (!query) throw new CommandError(`Please give a question.\n${USAGE}`);
  const filters = commandFilters(values);
  const config = loadConfig(io.env);
  const k = values.k ? Number(values.k) : config.topK;
  if (!Number.isInteger(k) || k < 1) throw new CommandError("--k must be a whole number of at least 1");
  const service = await commandService(config, io);
  const { passages, notices } = await service.passages(query, { k, filters });
  // The guards' notices, the urgent-contact message first, come before any passage (with --json, on stderr too).
  if (values.json) {
    for (const n of notices) io.stderr(`${n.text}\n`);
    const noticesJson = notices.map(({ kind, text }) => ({ kind, text }));
    io.stdout(`${JSON.stringify({ query, passages: passages.map(toPassageJson), notices: noticesJson })}\n`);
  } else {
    for (const n of notices) io.stdout(`${n.text}\n\n`);
    if (passages.length === 0) io.stdout("No passages found. Try other words, or fewer filters.\n");
    else for (const [i, p] of passages.entries()) io.stdout(`${formatPassage(p, i + 1)}\n\n`);
  }
  return 0;
}
