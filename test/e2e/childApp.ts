import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { BOT_TOKEN, SIGNING_SECRET, waitFor } from "../slack/harness.js";

/** The app (slackChild.ts) as a child process in HTTP mode, with everything it prints captured. */
export interface ChildApp {
  port: number;
  pid: number;
  /** stdout and stderr, interleaved, since the process started. */
  output(): string;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals>;
  kill(signal: NodeJS.Signals): void;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `script` is slackChild.ts (canned answers) by default, or the real entry point, src/main.ts. */
export async function startChild(env: Record<string, string>, script = "test/e2e/slackChild.ts"): Promise<ChildApp> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script], {
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: "",
      PORT: String(port),
      LOG_LEVEL: "info",
      SLACK_POST_BACKOFF_MS: "20",
      SLACK_LEASE_MS: "600",
      SLACK_SHUTDOWN_GRACE_MS: "200",
      // The Web API deadline, which a delivery's hold around a post adds to its lease: a killed app's or a
      // deferred delivery is taken up again that much later. The fake Slack on 127.0.0.1 answers at once.
      SLACK_API_TIMEOUT_MS: "2000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += String(d)));
  child.stderr!.on("data", (d) => (output += String(d)));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal!)));
  const app: ChildApp = { port, pid: child.pid!, output: () => output, exited, kill: (signal) => void child.kill(signal) };
  await Promise.race([
    waitFor(() => /listening for Slack/.test(output), 30_000, "the app to listen"),
    exited.then((code) => Promise.reject(new Error(`the app exited (${code}) before listening:\n${output}`))),
  ]);
  return app;
}
