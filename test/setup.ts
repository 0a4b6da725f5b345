import fc from "fast-check";

/** Property tests are deterministic: one seed for every run (override with FC_SEED to explore). */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });

// .ci/run sets DATABASE_URL to a database it made for the run; only the shared-mode suites use it
// (test/helpers/postgres.ts), so that every other test stays embedded as it is without one.
if (process.env.DATABASE_URL) {
  process.env.SAFEGUIDE_TEST_DATABASE_URL ??= process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
}
