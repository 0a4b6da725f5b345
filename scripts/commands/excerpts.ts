import { stat } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { FILTER_OPTIONS } from "../../src/cli/options.js";
import { EXCERPT_FORMATS, isExcerptFormat } from "../../src/excerpts/render/formats.js";
import { CommandError, commandFilters, commandService, parseCommand, type CommandIO, runCommand } from "./command.js";

export const USAGE = `Usage: npm run excerpts -- "topic" [--k N] [--source FILE] [--type TYPE] [--since DATE] [--until DATE] [--audience NAME]
                             [--sort relevance|date] [--format ${EXCERPT_FORMATS.join("|")}] [--out FILE]
Verbatim excerpts on a topic with full citations; markdown to stdout unless --out is given (docx needs --out).`;

const OPTIONS = {
  k: { type: "string" },
  sort: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  ...FILTER_OPTIONS,
} as const;

/** `npm run excerpts`: 0 when written, 1 when nothing was found or the output cannot be written, 2 for bad input. */
export function main(argv: string[], io: CommandIO): Promise<number> {
  return runCommand("excerpts", io, () => excerpts(argv, io));
}

async function excerpts(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommand(argv, OPTIONS, USAGE);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const topic = positionals.join(" ").trim();
  if (!topic) throw new CommandError(`Please give a topic, e.g. "professional curiosity".\n${USAGE}`);
  const out = values.out?.trim() || undefined;
  const format = values.json ? "json" : (values.format ?? formatFromExtension(out) ?? "md");
  if (!isExcerptFormat(format)) throw new CommandError(`Unknown --format "${format}"; one of: ${EXCERPT_FORMATS.join(", ")}`);
  const k = values.k === undefined ? 8 : Number(values.k);
  if (!/^\d+$/.test(values.k ?? "8") || k < 1 || k > 500) throw new CommandError("--k must be a whole number from 1 to 500");
  const sort = values.sort ?? "relevance";
  if (sort !== "relevance" && sort !== "date") throw new CommandError(`Unknown --sort "${sort}"; one of: relevance, date`);
  const filters = commandFilters(values);
  if (format === "docx" && !out) throw new CommandError("--format docx writes a Word file: give --out FILE.docx");
  if (out) await checkWritable(resolve(out));

  // Loaded only once the arguments are good: a typo is answered at once, not after loading the index code.
  const { loadConfig } = await import("../../src/config.js");
  const { renderExcerpts } = await import("../../src/excerpts/index.js");
  const { writeFileAtomic } = await import("../../src/index/store.js");
  let config;
  try {
    config = loadConfig(io.env);
  } catch (e) {
    throw new CommandError((e as Error).message, 1);
  }
  const service = await commandService(config, io);
  const set = await service.excerpts(topic, filters, { k, sort: sort });
  // The guards' notices (the urgent-contact message first) go to the person running the command, not into the file.
  for (const notice of set.notices) io.stderr(`${notice.text}\n`);
  if (set.total === 0) {
    const filtered = filters.sources || filters.types || filters.since || filters.until;
    throw new CommandError(
      `Nothing found for “${topic}”${filtered ? " with these filters" : ""}. Try other words${filtered ? ", or fewer filters" : ""}.`,
      1,
    );
  }
  const rendered = await renderExcerpts(set, format);
  if (!out) {
    io.stdout(rendered.toString());
    return 0;
  }
  try {
    await writeFileAtomic(resolve(out), rendered);
  } catch (e) {
    throw new CommandError(`Could not write ${out}: ${(e as Error).message}`, 1);
  }
  io.stderr(`Wrote ${set.total} excerpt(s) from ${set.groups.length} document(s) to ${out}\n`);
  return 0;
}

function formatFromExtension(file: string | undefined): string | undefined {
  const ext = file ? extname(file).slice(1).toLowerCase() : "";
  return ({ md: "md", markdown: "md", csv: "csv", html: "html", htm: "html", docx: "docx", json: "json" } as Record<string, string>)[ext];
}

/** Fail before the (possibly long) index build, not after it. */
async function checkWritable(path: string): Promise<void> {
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) throw new CommandError(`Cannot write to ${path}: it is a folder; give a file name.`, 1);
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory()) throw new CommandError(`Cannot write to ${path}: the folder ${dirname(path)} does not exist.`, 1);
}
