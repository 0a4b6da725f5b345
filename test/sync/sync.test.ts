import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { readCurrentVersion } from "../../src/index/store.js";
import { syncSources, type SyncReport, type SyncSettings } from "../../src/sync/sync.js";
import { buildPdf } from "../../testkit/fixtures.js";
import { makeCorpus, type TestCorpus } from "../index/helpers.js";
import { plain, startDocumentServer, withEtag, withLastModified, type DocumentServer } from "./documentServer.js";

/** npm run sync's work against a local publisher: every outcome, and the previous file and index kept on failure. */

let server: DocumentServer;
let corpus: TestCorpus;
let settings: SyncSettings;
let reindexes = 0;
let attendance = "Attendance officers now meet every family within five school days of a first absence.\n";
let attendanceTag = "v1";
const PAGE =
  "<html><head><title>Early help</title></head><body><nav>Menu</nav><h1>Early help</h1><p>Early help assessments start with a conversation with the family about what would help.</p></body></html>";
const LAST_MODIFIED = "Wed, 02 Dec 2026 10:00:00 GMT";

beforeAll(async () => {
  server = await startDocumentServer();
  corpus = makeCorpus();
  await buildIndex(corpus.config());
  const pdf = Buffer.from(await buildPdf([[["Missing children procedure: a return home interview is offered within 72 hours."]]]));
  server.routes.set(
    "/attendance.txt",
    withEtag(
      () => attendance,
      "text/plain; charset=utf-8",
      () => `"${attendanceTag}"`,
    ),
  );
  server.routes.set("/early-help", withLastModified(PAGE, "text/html; charset=utf-8", LAST_MODIFIED));
  server.routes.set("/missing-children.pdf", plain(200, pdf, { "content-type": "application/pdf" }));
  server.routes.set("/broken.txt", plain(500, "oops"));
  server.routes.set("/slow.txt", () => {}); // never answers
  server.routes.set("/big.txt", plain(200, "x ".repeat(5000), { "content-type": "text/plain" }));
  server.routes.set("/image.pdf", plain(200, "<html>not a pdf</html>", { "content-type": "text/html" }));
  server.routes.set("/moved.txt", plain(302, "", { location: `http://localhost:${server.port}/attendance.txt` }));
  server.routes.set("/corrupt.pdf", plain(200, "%PDF-1.7 this is not really a pdf", { "content-type": "application/pdf" }));
  const sources = [
    {
      url: `${server.base}/attendance.txt`,
      file: "2026-attendance.txt",
      title: "Attendance procedure 2026",
      type: "procedure",
      date: "2026-11-01",
    },
    { url: `${server.base}/early-help`, title: "Early help", type: "guidance" },
    { url: `${server.base}/missing-children.pdf` },
    { url: `${server.base}/gone.txt` },
    { url: `${server.base}/broken.txt` },
    { url: `${server.base}/slow.txt` },
    { url: `${server.base}/big.txt` },
    { url: `${server.base}/image.pdf` },
    { url: `${server.base}/moved.txt`, file: "moved.txt" },
    { url: `${server.base}/corrupt.pdf` },
  ];
  corpus.write("sources.json", JSON.stringify(sources));
  settings = { corpusDir: corpus.corpusDir, dataDir: corpus.env.DATA_DIR, allowedHosts: ["127.0.0.1"], timeoutMs: 1500, maxBytes: 4000 };
});

afterAll(async () => {
  await server.close();
  corpus.cleanup();
});

const sync = () =>
  syncSources(settings, async () => {
    reindexes += 1;
    const r = await buildIndex(corpus.config());
    return { version: r.version, exitCode: r.exitCode, error: r.error };
  });
const byUrl = (report: SyncReport, path: string) => report.sources.find((s) => s.url.endsWith(path))!;
const corpusFile = (file: string) => readFileSync(`${corpus.corpusDir}/${file}`);
const metadata = () => JSON.parse(readFileSync(`${corpus.corpusDir}/metadata.json`, "utf8")) as Record<string, Record<string, unknown>>;

describe("npm run sync", () => {
  it("adds what it can fetch and read, says why the rest failed, records the url, and reindexes", async () => {
    const before = (await readCurrentVersion(corpus.indexDir))!.id;
    const report = await sync();
    expect(report.sources.map((s) => [s.url.slice(server.base.length), s.status, s.file])).toEqual([
      ["/attendance.txt", "added", "2026-attendance.txt"],
      ["/early-help", "added", "127-0-0-1-early-help.html"],
      ["/missing-children.pdf", "added", "missing-children.pdf"],
      ["/gone.txt", "failed", "gone.txt"],
      ["/broken.txt", "failed", "broken.txt"],
      ["/slow.txt", "failed", "slow.txt"],
      ["/big.txt", "failed", "big.txt"],
      ["/image.pdf", "failed", "image.pdf"],
      ["/moved.txt", "failed", "moved.txt"],
      ["/corrupt.pdf", "failed", "corrupt.pdf"],
    ]);
    expect(byUrl(report, "/gone.txt").reason).toBe("HTTP 404");
    expect(byUrl(report, "/broken.txt").reason).toBe("HTTP 500");
    expect(byUrl(report, "/slow.txt").reason).toMatch(/no complete answer within 1500 ms/);
    expect(byUrl(report, "/big.txt").reason).toMatch(/larger than the .* limit/);
    expect(byUrl(report, "/image.pdf").reason).toMatch(/unexpected type text\/html for a \.pdf file/);
    expect(byUrl(report, "/moved.txt").reason).toBe(`redirect to host localhost:${server.port} is not in SYNC_ALLOWED_HOSTS`);
    expect(byUrl(report, "/corrupt.pdf").reason).toMatch(/does not read as a document/);
    expect(server.seen.filter((s) => s.path === "/attendance.txt")).toHaveLength(1);
    expect(report.exitCode).toBe(2);
    expect(reindexes).toBe(1);
    expect(report.reindex!.version).not.toBe(before);
    expect(corpusFile("2026-attendance.txt").toString()).toBe(attendance);
    expect(corpusFile("missing-children.pdf").subarray(0, 5).toString()).toBe("%PDF-");
    expect(metadata()["2026-attendance.txt"]).toEqual({
      url: `${server.base}/attendance.txt`,
      title: "Attendance procedure 2026",
      type: "procedure",
      date: "2026-11-01",
    });
    expect(metadata()["127-0-0-1-early-help.html"].url).toBe(`${server.base}/early-help`);
    expect(metadata()["2021-03-neglect-guidance.md"].title).toBe("Neglect guidance");
    expect(Object.keys(metadata())).not.toContain("gone.txt");
  });

  it("asks conditionally next time: unchanged via 304 (ETag, Last-Modified) or the same content hash, and no reindex", async () => {
    const version = (await readCurrentVersion(corpus.indexDir))!.id;
    const report = await sync();
    expect(report.sources.slice(0, 3).map((s) => s.status)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(server.seen.filter((s) => s.path === "/attendance.txt").at(-1)!.ifNoneMatch).toBe('"v1"');
    expect(server.seen.filter((s) => s.path === "/early-help").at(-1)!.ifModifiedSince).toBe(LAST_MODIFIED);
    expect(reindexes).toBe(1);
    expect(report.reindex).toBeNull();
    expect((await readCurrentVersion(corpus.indexDir))!.id).toBe(version);
  });

  it("keeps the previous file and index when a known document fails or no longer reads", async () => {
    const version = (await readCurrentVersion(corpus.indexDir))!.id;
    const pdf = corpusFile("missing-children.pdf");
    server.routes.set("/attendance.txt", plain(500));
    server.routes.set("/missing-children.pdf", plain(200, "%PDF-1.7 broken now", { "content-type": "application/pdf" }));
    const report = await sync();
    expect(byUrl(report, "/attendance.txt")).toMatchObject({ status: "failed", reason: "HTTP 500; the previous file is kept" });
    expect(byUrl(report, "/missing-children.pdf")).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/does not read.*previous file is kept/),
    });
    expect(corpusFile("2026-attendance.txt").toString()).toBe(attendance);
    expect(corpusFile("missing-children.pdf").equals(pdf)).toBe(true);
    expect(reindexes).toBe(1);
    expect((await readCurrentVersion(corpus.indexDir))!.id).toBe(version);
  });

  it("stores a changed document and reindexes", async () => {
    attendance = "Attendance officers now meet every family within three school days of a first absence.\n";
    attendanceTag = "v2";
    server.routes.set(
      "/attendance.txt",
      withEtag(
        () => attendance,
        "text/plain",
        () => `"${attendanceTag}"`,
      ),
    );
    const version = (await readCurrentVersion(corpus.indexDir))!.id;
    const report = await sync();
    expect(byUrl(report, "/attendance.txt").status).toBe("changed");
    expect(corpusFile("2026-attendance.txt").toString()).toContain("three school days");
    expect(reindexes).toBe(2);
    expect((await readCurrentVersion(corpus.indexDir))!.id).not.toBe(version);
  });

  it("fails the whole run (exit 1) when nothing could be fetched", async () => {
    const report = await syncSources({ ...settings, allowedHosts: [] }, async () => {
      throw new Error("must not reindex");
    });
    expect(report.exitCode).toBe(1);
    expect(report.sources.every((s) => s.status === "failed" && /is not in SYNC_ALLOWED_HOSTS/.test(s.reason!))).toBe(true);
  });
});
