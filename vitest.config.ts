import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Two projects in one run. "unit" (everything outside test/e2e) runs its files one after another in each
 * worker without a fresh module graph per file (isolate: false): loading the app's modules for every file
 * was a third of the suite's time. Nothing there relies on a fresh process (no module mocks; the one
 * environment variable a test sets, it unsets). "e2e" keeps a fresh worker per file: it starts the app as
 * child processes and holds servers, ports and PostgreSQL databases for a whole file.
 *
 * Two workers at least: vitest's default (one per core but one) ran the files one at a time on a two-core
 * machine, while much of the suite waits on child processes and sockets. Suites that share PostgreSQL
 * each make their own database (test/helpers/postgres.ts), so they may run side by side.
 */
export default defineConfig({
  test: {
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**"], isolate: false } },
      { extends: true, test: { name: "e2e", include: ["test/e2e/**/*.test.ts"] } },
    ],
  },
});
