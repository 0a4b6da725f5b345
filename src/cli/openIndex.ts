import type { Config } from "../config.js";
import { ensureIndex } from "../index/load.js";
import { indexSettingsOf } from "../index/settings.js";
import { prepareIndex, type PreparedIndex } from "../retrieve/indexDerived.js";

const toStderr = (message: string) => void process.stderr.write(`${message}\n`);

/**
 * Every command that reads the index builds it first when missing or incompatible, saying so through `say`
 * (stderr by default). An index that can be neither read nor built rejects, with the reason.
 */
export async function readyIndex(config: Config, say: (message: string) => void = toStderr): Promise<PreparedIndex> {
  return prepareIndex(await ensureIndex(indexSettingsOf(config), say));
}

/** readyIndex for a top-level script: the reason on stderr and exit 1 when there is no index. */
export async function openIndex(config: Config): Promise<PreparedIndex> {
  try {
    return await readyIndex(config);
  } catch (e) {
    toStderr((e as Error).message);
    process.exit(1);
  }
}
