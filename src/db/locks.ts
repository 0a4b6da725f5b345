/**
 * PostgreSQL advisory lock keys, one per kind of work that must run on one replica at a time. An
 * advisory lock belongs to a session: when its process dies the server ends the session and frees it,
 * so a crash never leaves a stale lock behind.
 */
export const LOCKS = {
  migrations: 0x5afe_0001,
  reindex: 0x5afe_0002,
} as const;
