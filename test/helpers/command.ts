import type { Main } from "../../scripts/commands/command.js";

/** A script's main run in this process, as the spawned script would be: its exit code and what it wrote. */
export async function runMain(
  main: Main,
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const status = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { status, stdout, stderr };
}
