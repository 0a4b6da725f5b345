import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { npmScriptFlags, packageJsonPath } from "./childScript.js";
import { spread, type Spread } from "./stats.js";

/**
 * `npm start` as a user meets it, the terminal chat over an index that exists, run as package.json's start
 * script runs it (without npm's own start-up): the time until it has loaded everything and, with stdin
 * closed, finished; and the resident memory of the chat once it has answered /help and sits idle.
 */

export interface Startup {
  startMs: Spread;
  idleRssMb: number;
}

const IDLE_MS = 2_000;

export async function measureStartup(env: NodeJS.ProcessEnv, runs: number): Promise<Startup> {
  const root = dirname(packageJsonPath(import.meta.url));
  const args = [...npmScriptFlags("start"), join(root, "scripts", "run.mjs"), "src/main.ts"];
  const chatEnv = { ...env, SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: "", SLACK_SIGNING_SECRET: "" };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env: chatEnv, stdio: ["ignore", "ignore", "ignore"] });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    if (code !== 0) throw new Error(`npm start with stdin closed exited with ${code}`);
    times.push(performance.now() - started);
  }
  const child = spawn(process.execPath, args, { cwd: root, env: chatEnv, stdio: ["pipe", "pipe", "ignore"] });
  let out = "";
  const helped = new Promise<void>((resolve) =>
    child.stdout.on("data", (d: Buffer) => (out += d.toString()).includes("Ctrl-D") && resolve()),
  );
  child.stdin.write("/help\n");
  await helped;
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idleRssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;
  child.stdin.end();
  await new Promise((resolve) => child.on("close", resolve));
  return { startMs: spread(times), idleRssMb };
}
