import { parseArgs, type ParseArgsConfig } from "node:util";
import { readFilters } from "../../src/cli/options.js";
import type { Config } from "../../src/config.js";
import type { SafeguideService } from "../../src/service.js";
import type { SearchFilters } from "../../src/retrieve/types.js";

/**
 * A script's body as `main(argv, io)`: its arguments, where it writes and the environment it reads are
 * handed in, and it returns its exit code, so that tests run it in process; `scripts/<name>.ts` only calls
 * `runMain`. A `CommandError` is a message for the person running it and the exit code to end with.
 */

export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** stderr when it is a terminal (progress bars and counters); absent when piped and in tests. */
  terminal?: NodeJS.WriteStream;
}

export type Main = (argv: string[], io: CommandIO) => Promise<number>;

export class CommandError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

/**
 * Strict options plus `--help`/`-h`; an unknown option is a CommandError naming it, with the usage, ending the
 * command with `code` (each command says which code bad input gets).
 */
export function parseCommand<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, usage: string, code = 2) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CommandError(`${(e as Error).message}\n\n${usage}`, code);
  }
}

/** `--source`, `--type`, `--since`, `--until`, `--audience` (src/cli/options.ts's FILTER_OPTIONS), checked. */
export function commandFilters(values: Record<string, unknown>): SearchFilters {
  try {
    return readFilters(values);
  } catch (e) {
    throw new CommandError((e as Error).message);
  }
}

/** The service over the index, built first when missing (said on the command's stderr); no index is exit 1. */
export async function commandService(config: Config, io: CommandIO): Promise<SafeguideService> {
  // Loaded here, not at the top: a command answers a typo at once, before the index code is loaded.
  const { openService } = await import("../../src/app/openService.js");
  try {
    return await openService(config, (message) => io.stderr(`${message}\n`));
  } catch (e) {
    throw new CommandError((e as Error).message, 1);
  }
}

/** Runs a script's main with this process's arguments, streams and environment, and ends with its code. */
export async function runMain(main: Main): Promise<void> {
  const io: CommandIO = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    terminal: process.stderr.isTTY ? process.stderr : undefined,
  };
  process.exitCode = await main(process.argv.slice(2), io);
}

/**
 * A main's body, run: a CommandError ends it with its message and code; any other error (a store that cannot
 * be read, a network failure) with "name: message" on stderr and exit 1, never a stack trace.
 */
export async function runCommand(name: string, io: CommandIO, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CommandError) {
      io.stderr(`${error.message}\n`);
      return error.code;
    }
    io.stderr(`${name}: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}
