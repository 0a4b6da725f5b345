import { openIndex } from "../cli/openIndex.js";
import type { Config } from "../config.js";
import type { SafeguideService } from "../service.js";
import { createService } from "./createService.js";

/** The service for a one-shot script: over the index as it is now, built first when missing (said on stderr). */
export async function openService(config: Config): Promise<SafeguideService> {
  const snapshot = await openIndex(config);
  return createService(config, () => snapshot);
}
