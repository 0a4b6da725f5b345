import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { METADATA_FILE, readMetadataRecords } from "../corpus/metadata.js";
import type { SourceEntry } from "./sources.js";

/**
 * Records each synced document's `url` (and the fields sources.json gives) in corpus/metadata.json,
 * keeping what an admin wrote there otherwise. Written whole and renamed into place; returns whether
 * anything changed. An unusable metadata.json throws (MetadataFileError), as it fails a reindex.
 */
export async function recordSources(corpusDir: string, stored: { file: string; entry: SourceEntry }[]): Promise<boolean> {
  const { records } = await readMetadataRecords(corpusDir);
  const before = JSON.stringify(records);
  for (const { file, entry } of stored) {
    records[file] = {
      ...records[file],
      url: entry.url,
      ...(entry.title ? { title: entry.title } : {}),
      ...(entry.type ? { type: entry.type } : {}),
      ...(entry.date ? { date: entry.date } : {}),
      ...(entry.audience ? { audience: entry.audience } : {}),
    };
  }
  if (JSON.stringify(records) === before) return false;
  const tmp = join(corpusDir, `.${METADATA_FILE}.${process.pid}.tmp`);
  await writeFile(tmp, `${JSON.stringify(records, null, 2)}\n`);
  await rename(tmp, join(corpusDir, METADATA_FILE));
  return true;
}
