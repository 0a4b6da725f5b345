import { spawn } from "node:child_process";
import { childScript, npmScriptFlags } from "./childScript.js";
import type { Config } from "../src/config.js";

/**
 * Peak RSS of a fresh process that loads the index and answers questions, as the running app would: every
 * question, ROUNDS times over, so the peak includes the garbage V8 lets build up between full collections.
 */
const ROUNDS = 2;

export interface PeakRss {
  mb: number;
  chunks: number;
  /** RSS once the app's modules are loaded, before the index (LangChain, the app's code). */
  modulesMb?: number;
  /** RSS right after the index is loaded, before the first question. */
  loadedMb?: number;
}

const CHILD = childScript(import.meta.url, "rssChild");

export async function measurePeakRss(config: Config, questions: string[]): Promise<PeakRss> {
  const env = {
    ...process.env,
    INDEX_DIR: config.indexDir,
    DATA_DIR: config.dataDir,
    CORPUS_DIR: config.corpusDir,
    EMBEDDINGS: "local",
    OPENAI_API_KEY: "",
    AZURE_OPENAI_API_KEY: "",
    LOG_LEVEL: "silent",
  };
  const child = spawn(process.execPath, [...npmScriptFlags("start"), ...CHILD.execArgv, CHILD.path], {
    env,
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stdin.end(JSON.stringify(Array.from({ length: ROUNDS }, () => questions).flat()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`the RSS child process exited with ${code}`);
  const line = JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
    maxRssKb: number;
    vmHwmKb: number;
    chunks: number;
    modulesMb?: number;
    loadedMb?: number;
  };
  // VmHWM belongs to the child's own address space. getrusage's maxRSS does not: Linux carries it over from
  // the forked copy of the parent across exec, so a child of a large parent reports the parent's RSS. It is
  // only the fallback where /proc is missing.
  const kb = Number.isFinite(line.vmHwmKb) ? line.vmHwmKb : line.maxRssKb;
  return { mb: kb / 1024, chunks: line.chunks, modulesMb: line.modulesMb, loadedMb: line.loadedMb };
}
