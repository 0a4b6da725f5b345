import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import type { Provenance } from "../../src/retrieve/model/provenance.js";

/** A generated weights module: the fitted value and what it was fitted on, as `npm run train` and `npm run fit:expansions` write them. */
export interface WeightsFile {
  file: string;
  /** The script that writes it, named in its header. */
  script: string;
  name: string;
  type: string;
  /** Module specifiers, relative to `file`, of the value's type and of `Provenance`. */
  typeFrom: string;
  provenanceFrom: string;
  value: unknown;
  provenance: Provenance;
}

export async function writeWeightsFile(w: WeightsFile): Promise<void> {
  await writeFile(
    w.file,
    `import type { ${w.type} } from "${w.typeFrom}";
import type { Provenance } from "${w.provenanceFrom}";

/** Written by \`${w.script}\`; do not edit by hand. */
export const ${w.name}: ${w.type} = ${JSON.stringify(w.value, roundNumbers, 2)};

export const ${w.name}_FITTED_ON: Provenance = ${JSON.stringify(w.provenance, roundNumbers, 2)};
`,
  );
}

export function currentCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** The last commit that changed any of these paths (git pathspecs), "unknown" outside a checkout. */
export function lastCommitTouching(paths: string[]): string {
  try {
    return execFileSync("git", ["log", "-1", "--format=%h", "--", ...paths], { encoding: "utf8" }).trim() || "unknown";
  } catch {
    return "unknown";
  }
}

function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === "number" ? Number(value.toPrecision(6)) : value;
}
