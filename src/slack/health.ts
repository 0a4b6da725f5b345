import type { CustomRoute } from "@slack/bolt";
import type { ServerResponse } from "node:http";
import type { EventJournal } from "./delivery/journal/eventJournal.js";
import type { SlackService } from "./deps.js";

/**
 * `GET /healthz` in HTTP mode, for load balancers and monitoring (DESIGN.md, Health): 200 with the index
 * version and its age when the index, the delivery journal and, in shared mode, the database all answer;
 * otherwise 503 naming what did not. No question text, token or error detail beyond a message is shown.
 */

export const HEALTH_PATH = "/healthz";

/** Each check must answer within this, or counts as down (a hung database must not hang the balancer). */
const CHECK_LIMIT_MS = 2000;

export interface HealthProbes {
  service: Pick<SlackService, "status">;
  journal: Pick<EventJournal, "countPending">;
  /** Shared mode: resolves when the database answers. */
  database?: () => Promise<void>;
  now?: () => number;
  /** How long each check may take (default 2 s). */
  limitMs?: number;
}

export interface Health {
  ok: boolean;
  index: { ok: boolean; version?: string; builtAt?: string; ageSeconds?: number; error?: string };
  journal: { ok: boolean; pending?: number; error?: string };
  database?: { ok: boolean; error?: string };
}

export async function checkHealth(probes: HealthProbes): Promise<Health> {
  const now = probes.now ?? Date.now;
  const probe = <T extends object>(check: () => Promise<T>) => within(probes.limitMs ?? CHECK_LIMIT_MS, check);
  const [index, journal, database] = await Promise.all([
    probe(async () => {
      const { version, builtAt } = await probes.service.status();
      const ageSeconds = Math.max(0, Math.round((now() - Date.parse(builtAt)) / 1000));
      return { version, builtAt, ...(Number.isFinite(ageSeconds) ? { ageSeconds } : {}) };
    }),
    probe(async () => ({ pending: await probes.journal.countPending() })),
    probes.database ? probe(async () => (await probes.database?.(), {})) : undefined,
  ]);
  return { ok: index.ok && journal.ok && (database?.ok ?? true), index, journal, ...(database ? { database } : {}) };
}

/** The route Bolt's HTTPReceiver serves beside /slack/events (its `customRoutes`). */
export function healthRoute(probes: HealthProbes): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ["GET"],
    handler: (_req, res) => {
      checkHealth(probes).then(
        (health) => reply(res, health.ok ? 200 : 503, health),
        (error: unknown) => reply(res, 503, { ok: false, error: (error as Error).message }),
      );
    },
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

async function within<T extends object>(limitMs: number, check: () => Promise<T>): Promise<{ ok: boolean; error?: string } & Partial<T>> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${limitMs} ms`)), limitMs);
    timer.unref();
  });
  try {
    return { ok: true, ...(await Promise.race([check(), limit])) };
  } catch (error) {
    return { ok: false, error: (error as Error).message } as { ok: boolean; error?: string } & Partial<T>;
  } finally {
    clearTimeout(timer);
  }
}
