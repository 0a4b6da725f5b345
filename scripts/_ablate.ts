import { CANDIDATE_FEATURES } from "../src/retrieve/search.js";
import { DEFAULT_EXPANSION } from "../src/retrieve/expansion.js";
for (const name of (process.env.DROP ?? "").split(",").filter(Boolean)) {
  const i = CANDIDATE_FEATURES.indexOf(name as never);
  if (i >= 0) CANDIDATE_FEATURES.splice(i, 1);
}
for (const source of (process.env.OFF ?? "").split(",").filter(Boolean))
  (DEFAULT_EXPANSION.sources as Record<string, boolean>)[source] = false;
if (process.env.PLAIN) (DEFAULT_EXPANSION as { plainWeight: number }).plainWeight = Number(process.env.PLAIN);
process.argv.push("--estimate-only");
await import("./train.js");
