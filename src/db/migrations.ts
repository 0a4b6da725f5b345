/**
 * The shared-mode schema, in order. A migration is never edited once released: a change is a new one.
 * Times the app compares (leases, retention) are milliseconds since the epoch (bigint) from the
 * replicas' clocks, as in the embedded journal; keep the hosts' clocks in sync (NTP).
 */

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    id: 1,
    name: "slack event journal and claims",
    sql: `
      CREATE TABLE slack_deliveries (
        key text PRIMARY KEY,
        body text,
        state text NOT NULL CHECK (state IN ('pending', 'answered')),
        lease_owner text,
        lease_until bigint,
        received_at bigint NOT NULL,
        answered_at bigint
      );
      CREATE INDEX slack_deliveries_pending ON slack_deliveries (received_at) WHERE state = 'pending';
      CREATE TABLE slack_claims (
        key text PRIMARY KEY,
        delivery_key text NOT NULL,
        claimed_at bigint NOT NULL
      );`,
  },
  {
    id: 2,
    name: "feedback and answer memory",
    sql: `
      CREATE TABLE feedback (
        id text PRIMARY KEY,
        at timestamptz NOT NULL,
        question_id text NOT NULL,
        rating text NOT NULL CHECK (rating IN ('helpful', 'not_helpful')),
        reason text,
        sources jsonb NOT NULL,
        team text,
        channel_type text NOT NULL
      );
      CREATE INDEX feedback_at ON feedback (at);
      CREATE TABLE answer_memory (
        question_id text PRIMARY KEY,
        entry text NOT NULL,
        remembered_at bigint NOT NULL
      );
      CREATE TABLE passage_memory (
        chunk_id text PRIMARY KEY,
        view text NOT NULL,
        remembered_at bigint NOT NULL
      );`,
  },
  {
    id: 3,
    name: "index registry",
    sql: `
      CREATE TABLE index_versions (
        id text PRIMARY KEY,
        manifest jsonb NOT NULL,
        files jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by text NOT NULL
      );
      CREATE TABLE index_files (
        version text NOT NULL REFERENCES index_versions (id) ON DELETE CASCADE,
        name text NOT NULL,
        seq integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (version, name, seq)
      );
      CREATE TABLE index_current (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version text NOT NULL REFERENCES index_versions (id),
        switched_at timestamptz NOT NULL DEFAULT now()
      );`,
  },
  {
    id: 4,
    name: "gap report",
    sql: `
      CREATE TABLE gap_questions (
        id text PRIMARY KEY,
        at timestamptz NOT NULL,
        text text NOT NULL,
        kind text NOT NULL,
        topic text NOT NULL,
        focus jsonb NOT NULL,
        concepts jsonb NOT NULL,
        reason text NOT NULL CHECK (reason IN ('abstained', 'low-confidence', 'not-helpful')),
        asker_hash text NOT NULL
      );
      CREATE INDEX gap_questions_at ON gap_questions (at);
      CREATE TABLE gap_salt (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        salt text NOT NULL
      );`,
  },
  {
    id: 5,
    name: "slack deliveries: a posted answer's ts, a failure's reason",
    sql: `
      ALTER TABLE slack_deliveries ADD COLUMN answer_ts text;
      ALTER TABLE slack_deliveries ADD COLUMN failed_reason text;`,
  },
];
