import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfig, type Config } from "../../src/config.js";
import { tempDir } from "../../testkit/fixtures.js";
import { main } from "../../scripts/commands/reindex.js";
import { runMain } from "../helpers/command.js";

/** Small corpora written by the tests, and configs pointed at them. */

export const REPO = resolve(import.meta.dirname, "../..");

export const TOPICS = {
  "2021-03-neglect-guidance.md": `# Neglect

Neglect is the persistent failure to meet a child's basic physical and psychological needs. Health visitors
and school nurses often see the first signs of neglect: poor hygiene, missed health appointments and a home
without food.

## Responding to neglect

Practitioners should use the neglect screening tool and share concerns with the family's health visitor and
the school. Chronic neglect needs a multi-agency plan with clear timescales and a named lead professional.
`,
  "2022-08-exploitation-letter.txt": `Criminal exploitation

Children criminally exploited through county lines are groomed to carry drugs and money between towns.
Police and youth workers identify exploitation through missing episodes, unexplained cash and new phones.

The exploitation hub reviews every missing episode within 72 hours, and return home interviews are offered
to each exploited child by an independent youth worker.
`,
  "2023-01-attendance-procedure.txt": `School attendance

Schools must follow up an unexplained absence on the first day. Persistent absence below ninety percent
attendance triggers a referral to the education welfare service.

Attendance officers work with families to remove barriers to school attendance, including transport,
bullying and anxiety, before any legal action on attendance is considered.
`,
};

export const METADATA = {
  "2021-03-neglect-guidance.md": { title: "Neglect guidance", publisher: "Test LSCP", date: "2021-03-01", type: "guidance" },
  "2022-08-exploitation-letter.txt": {
    title: "Exploitation letter",
    publisher: "Ofsted",
    date: "2022-08-18",
    type: "inspection-letter",
  },
  "2023-01-attendance-procedure.txt": {
    title: "Attendance procedure",
    publisher: "Test Council",
    date: "2023-01-10",
    type: "procedure",
  },
};

export interface TestCorpus {
  root: string;
  corpusDir: string;
  indexDir: string;
  env: Record<string, string>;
  config(overrides?: Record<string, string>): Config;
  write(file: string, content: string | Uint8Array): void;
  remove(file: string): void;
  versions(): string[];
  cleanup(): void;
}

export function makeCorpus(files: Record<string, string | Uint8Array> = TOPICS, metadata: Record<string, unknown> = METADATA): TestCorpus {
  const tmp = tempDir("safeguide-index-");
  const corpusDir = join(tmp.dir, "corpus");
  const indexDir = join(tmp.dir, "data", "index");
  mkdirSync(corpusDir, { recursive: true });
  const env = {
    CORPUS_DIR: corpusDir,
    INDEX_DIR: indexDir,
    DATA_DIR: join(tmp.dir, "data"),
    EMBEDDINGS: "local",
    LSA_DIMENSIONS: "16",
    CHUNK_MAX_WORDS: "40",
    LOG_LEVEL: "silent",
  };
  const corpus: TestCorpus = {
    root: tmp.dir,
    corpusDir,
    indexDir,
    env,
    config: (overrides = {}) => loadConfig({ ...env, ...overrides }, tmp.dir),
    write: (file, content) => writeFileSync(join(corpusDir, file), content),
    remove: (file) => rmSync(join(corpusDir, file), { force: true }),
    versions: () => readdirSync(join(indexDir, "versions")).sort(),
    cleanup: () => tmp.remove(),
  };
  for (const [file, content] of Object.entries(files)) corpus.write(file, content);
  corpus.write("metadata.json", JSON.stringify(metadata, null, 2));
  return corpus;
}

/** `npm run reindex`'s main in this process, with the environment an admin's shell would give it. */
export function runReindex(corpus: TestCorpus, args: string[] = [], extraEnv: Record<string, string> = {}) {
  return runMain(main, args, { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...corpus.env, ...extraEnv });
}

/** scripts/reindex.ts in a child process, as an admin would run it: for what only a process shows (a kill, its pid). */
export function spawnReindex(corpus: TestCorpus, args: string[] = [], extraEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/reindex.ts", ...args], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...corpus.env, ...extraEnv },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, pid: result.pid };
}
