import { parseArgs, type ParseArgsConfig } from "node:util";
import { parseFilters } from "../retrieve/filters.js";
import type { SearchFilters } from "../retrieve/types.js";

/**
 * Command-line options shared by ask, eval and excerpts, parsed the same way everywhere. `--audience`
 * (repeatable or comma-separated) says who is asking; without it only public documents are searched.
 */

export const FILTER_OPTIONS = {
  source: { type: "string", multiple: true },
  type: { type: "string", multiple: true },
  since: { type: "string" },
  until: { type: "string" },
  audience: { type: "string", multiple: true },
} as const satisfies ParseArgsConfig["options"];

export function parseCommandLine<T extends NonNullable<ParseArgsConfig["options"]>>(options: T, usage: string) {
  try {
    return parseArgs({ options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${usage}`);
  }
}

/** The FILTER_OPTIONS values, checked; throws with the asker's message when one is bad. */
export function readFilters(values: Record<string, unknown>): SearchFilters {
  return parseFilters({
    source: values.source as string[] | undefined,
    type: values.type as string[] | undefined,
    since: values.since as string | undefined,
    until: values.until as string | undefined,
    audience: values.audience as string[] | undefined,
  });
}

export function filtersFrom(values: Record<string, unknown>): SearchFilters {
  try {
    return readFilters(values);
  } catch (e) {
    fail((e as Error).message);
  }
}

export function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
