import type { Config } from "../config.js";
import { ensureIndex } from "../index/load.js";
import { indexSettingsOf } from "../index/settings.js";
import { prepareIndex, type PreparedIndex } from "../retrieve/indexDerived.js";

/** Every command that reads the index builds it first when missing or incompatible, saying so on stderr. */
export async function openIndex(config: Config): Promise<PreparedIndex> {
  try {
    return prepareIndex(await ensureIndex(indexSettingsOf(config), (message: string) => process.stderr.write(`${message}\n`)));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
}
