// Runs a TypeScript entry (src/main.ts, scripts/reindex.ts, ...) as the compiled JavaScript in dist/.
// `node scripts/run.mjs src/main.ts [args]` runs dist/src/main.js with [args].
// - With TypeScript installed (a full `npm ci`), dist/ is rebuilt first whenever the sources differ from what it
//   was built from, so a stale build never runs in development.
// - Without it (a production install, `npm ci --omit=dev`), dist/ is used as built: build once, then install
//   production dependencies only, then start.
// `--build` builds and fails (exit 1) on type errors; `--prepare` (npm's prepare, after every install) builds when
// TypeScript is installed and otherwise keeps the build there is.
// Plain JavaScript on purpose: it must work before anything is compiled.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".source-stamp");
const LOCK = join(DIST, ".building");
const BUILD_INFO = join(DIST, ".tsbuildinfo");
const SOURCES = ["src", "scripts", "bench", "testkit"];
const CONFIGS = ["tsconfig.json", "tsconfig.build.json"];
const WAIT_MS = 5 * 60_000;

/** Every input of the build, by path, size and modification time: any edit, addition or removal changes it. */
function fingerprint() {
  const hash = createHash("sha256");
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.m?ts$/.test(entry.name)) stampOf(path);
    }
  };
  const stampOf = (path) => {
    const s = statSync(path);
    hash.update(`${relative(ROOT, path).split(sep).join("/")}\0${s.size}\0${s.mtimeMs}\n`);
  };
  for (const dir of SOURCES) if (existsSync(join(ROOT, dir))) visit(join(ROOT, dir));
  for (const file of CONFIGS) if (existsSync(join(ROOT, file))) stampOf(join(ROOT, file));
  return hash.digest("hex");
}

function upToDate(entry) {
  try {
    return readFileSync(STAMP, "utf8") === fingerprint() && (!entry || existsSync(entry));
  } catch {
    return false;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** One build at a time: two commands started together must not write dist/ over each other. */
function withLock(build) {
  mkdirSync(DIST, { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const holder = Number(readFileSync(join(LOCK, "pid"), { encoding: "utf8", flag: "a+" }));
      if ((holder && !alive(holder)) || Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const hasTypeScript = () => existsSync(TSC);

/** Compiles into dist/; true when tsc reported no errors. The stamp is written only for a clean build. */
function build(entry) {
  let clean = true;
  withLock(() => {
    if (upToDate(entry)) return; // another process built it while we waited
    const stamp = fingerprint();
    // tsc's incremental state says nothing of files deleted from dist/: start clean when the entry is gone.
    if (entry && !existsSync(entry)) rmSync(BUILD_INFO, { force: true });
    const why = existsSync(STAMP) ? "the sources changed since the last build" : "no build yet";
    process.stderr.write(`Compiling TypeScript to dist/ (${why})...\n`);
    try {
      execFileSync(process.execPath, [TSC, "-p", join(ROOT, "tsconfig.build.json")], { stdio: ["ignore", 2, 2] });
      writeFileSync(STAMP, stamp);
    } catch {
      // tsc still emits on type errors; without the stamp the next run compiles (and reports) again.
      clean = false;
      process.stderr.write("TypeScript reported errors (see above; `npm run typecheck`).\n");
    }
  });
  return clean;
}

const NO_BUILD =
  "dist/ has no build. Build once with the development tools (`npm ci && npm run build`), then `npm ci --omit=dev` may follow.";

const [target, ...args] = process.argv.slice(2);
if (target === "--build" || target === "--prepare") {
  if (!hasTypeScript()) {
    // A production install: nothing to compile with, and nothing to compile if dist/ was built before.
    if (target === "--build" || !existsSync(STAMP)) process.stderr.write(`TypeScript is not installed. ${NO_BUILD}\n`);
    process.exit(target === "--build" && !existsSync(STAMP) ? 1 : 0);
  }
  process.exit(build(null) ? 0 : 1);
} else {
  if (!target || !/\.ts$/.test(target)) {
    process.stderr.write("usage: node scripts/run.mjs <src/... .ts entry> [args...] | --build | --prepare\n");
    process.exit(2);
  }
  const entry = join(DIST, target.replace(/\.ts$/, ".js"));
  if (hasTypeScript()) {
    if (!upToDate(entry)) build(entry);
  } else if (existsSync(entry) && !upToDate(entry)) {
    process.stderr.write("The sources changed since dist/ was built and TypeScript is not installed: running the existing build.\n");
  }
  if (!existsSync(entry)) {
    process.stderr.write(`${relative(ROOT, entry)} was not built. ${hasTypeScript() ? "See the errors above." : NO_BUILD}\n`);
    process.exit(1);
  }
  process.argv = [process.argv[0], entry, ...args];
  await import(pathToFileURL(entry).href);
}
