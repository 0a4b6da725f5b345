import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main as askMain } from "../../scripts/commands/ask.js";
import { main as evalMain } from "../../scripts/commands/eval.js";
import { main as excerptsMain } from "../../scripts/commands/excerpts.js";
import { runMain } from "../helpers/command.js";
import { audienceCorpus, RESTRICTED, RESTRICTED_MARKER, RESTRICTED_QUESTION, RESTRICTED_TITLE } from "../helpers/audienceCorpus.js";

/** The command line says who is asking with --audience; without it, only public documents (a real index). */

const corpus = audienceCorpus();
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(OPENAI|AZURE_OPENAI|SLACK)_/.test(k))),
  ...corpus.env,
};
const TSX = join("node_modules", ".bin", "tsx");

function run(args: string[], input?: string) {
  const r = spawnSync(TSX, args, { env, encoding: "utf8", timeout: 120_000, input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `npm run ask`'s main in this process (the chat below is spawned, and builds the index first). */
const ask = async (...args: string[]) => {
  const r = await runMain(askMain, ["--json", ...args, RESTRICTED_QUESTION], env);
  expect(r.status, r.stderr).toBe(0);
  const passages = JSON.parse(r.stdout).passages as { source: string; also_in: string[]; text: string }[];
  return passages.flatMap((p) => [p.source, ...p.also_in]);
};

let first: string[];
beforeAll(async () => {
  first = await ask();
});
afterAll(() => corpus.remove());

describe("--audience", () => {
  it("npm run ask lists a board paper only with --audience board", async () => {
    expect(first.length).toBeGreaterThan(0);
    expect(first).not.toContain(RESTRICTED);
    expect(await ask("--audience", "audit")).not.toContain(RESTRICTED);
    expect(await ask("--source", RESTRICTED)).toEqual([]);
    expect(await ask("--type", "partnership-report", "--since", "2024")).toEqual([]);
    expect((await ask("--audience", "board"))[0]).toBe(RESTRICTED);
    expect(await ask("--audience", "audit,board", "--type", "partnership-report")).toEqual([RESTRICTED]);
  });

  it("refuses an audience that is not a plain name", async () => {
    const r = await runMain(askMain, ["--json", "--audience", "the board", RESTRICTED_QUESTION], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a plain name/);
  });

  it("npm run excerpts and npm run eval leave it out without --audience", async () => {
    const csv = async (...a: string[]) => (await runMain(excerptsMain, ["health visitor", "--format", "csv", ...a], env)).stdout;
    const everyone = await csv();
    expect(everyone).toMatch(/Hospital discharge guidance/);
    expect(everyone).not.toContain(RESTRICTED_MARKER);
    expect(await csv("--audience", "board")).toContain(RESTRICTED_MARKER);

    const questions = join(corpus.root, "questions.jsonl");
    writeFileSync(questions, `${JSON.stringify({ id: "q1", question: RESTRICTED_QUESTION })}\n`);
    const results = join(corpus.root, "results.jsonl");
    const evalOf = async (...a: string[]) => {
      const r = await runMain(evalMain, ["--questions", questions, "--results", results, ...a], env);
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(results, "utf8");
    };
    expect(await evalOf()).not.toContain(RESTRICTED);
    expect(await evalOf("--audience", "board")).toContain(RESTRICTED);
  });

  it("npm start (the terminal chat) answers and lists sources for the audience given", () => {
    const chat = (...a: string[]) => run(["src/main.ts", ...a], `/sources\n${RESTRICTED_QUESTION}\n/quote health visitor\n`);
    const everyone = chat();
    expect(everyone.status, everyone.stderr).toBe(0);
    expect(everyone.stdout).toMatch(/Hospital discharge guidance/);
    expect(everyone.stdout).not.toContain(RESTRICTED_TITLE);
    expect(everyone.stdout).not.toContain(RESTRICTED_MARKER);
    const board = chat("--audience", "board");
    expect(board.stdout.split(RESTRICTED_TITLE).length).toBeGreaterThan(2);
    expect(board.stdout).toContain(RESTRICTED_MARKER);
  });
});
