import pg from "pg";

/**
 * Kills the database connection serving one of the app's statements while it runs, as a restart of the
 * server or a failover would (pg_terminate_backend). The statement is held on a table lock first, so the
 * kill lands during it, not before or after: no timing involved.
 */
export class Terminator {
  private constructor(private readonly admin: pg.Client) {}

  static async open(url: string): Promise<Terminator> {
    const admin = new pg.Client({ connectionString: url, application_name: "terminator" });
    await admin.connect();
    return new Terminator(admin);
  }

  /** Runs `statement` (the app's call, writing `table`) with its connection terminated mid-way; resolves with how it ended. */
  async during<T>(table: string, statement: () => Promise<T>): Promise<PromiseSettledResult<T>> {
    await this.admin.query("BEGIN");
    await this.admin.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
    let settled = false;
    const running = Promise.allSettled([statement()]).then(([result]) => {
      settled = true;
      return result;
    });
    try {
      // No clock: on a loaded machine the statement may take seconds to reach the server. The loop ends when
      // the statement is seen waiting (and killed) or when it ended without waiting, which the caller sees.
      while (!settled) {
        // Inside a transaction the server keeps the first read of pg_stat_activity until it ends: cleared
        // each time, or a statement that arrives after the first look is never seen.
        await this.admin.query("SELECT pg_stat_clear_snapshot()");
        // Matched by its wait, not its text: a parameterised statement waits for its lock while parsed,
        // before pg_stat_activity shows it (the previous statement's text is still there).
        const { rows } = await this.admin.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND application_name = 'safeguide' AND wait_event_type = 'Lock'`,
        );
        if (rows.length) {
          await this.admin.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [rows.map((r) => r.pid)]);
          break;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    } finally {
      await this.admin.query("ROLLBACK");
    }
    return running;
  }

  close(): Promise<void> {
    return this.admin.end();
  }
}
