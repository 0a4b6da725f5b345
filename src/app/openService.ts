import { readyIndex } from "../cli/openIndex.js";
import type { Config } from "../config.js";
import type { SafeguideService } from "../service.js";
import { createService } from "./createService.js";

/**
 * The service for a one-shot script: over the index as it is now, built first when missing (said through
 * `say`, stderr by default). Rejects, with the reason, when there is no index to be had.
 */
export async function openService(config: Config, say?: (message: string) => void): Promise<SafeguideService> {
  const snapshot = await readyIndex(config, say);
  return createService(config, () => snapshot);
}
