import { parentPort } from "node:worker_threads";
import { loadConfig } from "../../config.js";
import { IndexHolder } from "../../index/holder.js";
import { prepareIndex } from "../../retrieve/indexDerived.js";
import type { SafeguideService } from "../../service.js";
import { createService } from "../createService.js";
import { indexSettingsOf } from "../../index/settings.js";

/** The answer pipeline on its own thread, over its own view of the current index (hot reload included). */

export type Method = keyof SafeguideService;
export type Request = { id: number; method: Method; args: unknown[] };
export type Reply = { id: number; result?: unknown; error?: string } | { ready: true } | { failed: string };

const port = parentPort!;
try {
  const config = loadConfig();
  const holder = await IndexHolder.open(indexSettingsOf(config), { prepare: prepareIndex });
  const service = await createService(config, () => holder.get());
  // Each request answered on its own; its failure is its reply, never an unhandled rejection.
  const reply = async ({ id, method, args }: Request): Promise<void> => {
    try {
      const call = service[method] as (...a: unknown[]) => Promise<unknown>;
      port.postMessage({ id, result: await call(...args) } satisfies Reply);
    } catch (error) {
      port.postMessage({ id, error: (error as Error).message } satisfies Reply);
    }
  };
  port.on("message", (request: Request) => void reply(request));
  port.postMessage({ ready: true } satisfies Reply);
} catch (error) {
  port.postMessage({ failed: (error as Error).message } satisfies Reply);
}
