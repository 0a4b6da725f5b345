import type { Config } from "../config.js";
import { openDatabase } from "../db/database.js";
import { PgFeedbackStore } from "./pgStore.js";
import { feedbackPath, JsonlFeedbackStore, type FeedbackStore } from "./store.js";

/** The feedback store of this deployment: the shared database in shared mode, else the file in DATA_DIR. */
export async function openFeedbackStore(config: Config): Promise<{ store: FeedbackStore; where: string; close(): Promise<void> }> {
  if (!config.databaseUrl) {
    const path = feedbackPath(config);
    return { store: new JsonlFeedbackStore(path), where: path, close: async () => {} };
  }
  const db = await openDatabase(config.databaseUrl, { max: 2, timeoutMs: config.databaseTimeoutMs });
  return { store: new PgFeedbackStore(db), where: "the shared database (DATABASE_URL)", close: () => db.end() };
}
