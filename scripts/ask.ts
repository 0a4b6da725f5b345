import "dotenv/config";
import { loadConfig } from "../src/config.js";
import { FILTER_OPTIONS, fail, filtersFrom, parseCommandLine } from "../src/cli/options.js";
import { openService } from "../src/app/openService.js";
import { formatPassage } from "../src/cli/format.js";
import { toPassageJson } from "../src/retrieve/types.js";

const USAGE = `Usage: npm run ask -- [--json] [--k N] [--source FILE] [--type TYPE] [--since DATE] [--until DATE] [--audience NAME] "question"`;
const { values, positionals } = parseCommandLine({ json: { type: "boolean" }, k: { type: "string" }, ...FILTER_OPTIONS }, USAGE);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const query = positionals.join(" ").trim();
if (!query) fail(`Please give a question.\n${USAGE}`);
const config = loadConfig();
const k = values.k ? Number(values.k) : config.topK;
if (!Number.isInteger(k) || k < 1) fail("--k must be a whole number of at least 1");
const service = await openService(config);
const { passages, notices } = await service.passages(query, { k, filters: filtersFrom(values) });
// The guards' notices, the urgent-contact message first, come before any passage (with --json, on stderr too).
if (values.json) {
  for (const n of notices) process.stderr.write(`${n.text}\n`);
  const noticesJson = notices.map(({ kind, text }) => ({ kind, text }));
  process.stdout.write(`${JSON.stringify({ query, passages: passages.map(toPassageJson), notices: noticesJson })}\n`);
} else {
  for (const n of notices) console.log(`${n.text}\n`);
  if (passages.length === 0) console.log("No passages found. Try other words, or fewer filters.");
  passages.forEach((p, i) => console.log(`${formatPassage(p, i + 1)}\n`));
}
