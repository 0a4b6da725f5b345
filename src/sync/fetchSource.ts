import { extname } from "node:path";

/**
 * One published document fetched with Node's fetch: only from allowed hosts, every redirect hop checked
 * (redirects are followed here, never by fetch), conditionally when we hold its ETag or Last-Modified, within
 * a time limit for the whole exchange, a size limit, and only as a document type the corpus can read.
 */

export interface FetchSettings {
  /** Host names (or host:port) that may be fetched, lower case. */
  allowedHosts: string[];
  timeoutMs: number;
  maxBytes: number;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: "not-modified" }
  | { kind: "fetched"; bytes: Buffer; extension: string; validators: Validators }
  | { kind: "failed"; reason: string };

const MAX_REDIRECTS = 5;

/** The corpus's readable types by Content-Type, and the file extension each is stored under. */
const TYPES: Record<string, string[]> = {
  "application/pdf": [".pdf"],
  "text/html": [".html", ".htm"],
  "application/xhtml+xml": [".html", ".htm"],
  "text/plain": [".txt", ".md", ".markdown"],
  "text/markdown": [".md", ".markdown", ".txt"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
};
/** Servers that do not know better send documents as bytes; the loader's parse check decides then. */
const OPAQUE = "application/octet-stream";

export function hostAllowed(url: URL, allowedHosts: string[]): boolean {
  if (url.protocol !== "https:" && url.protocol !== "http:") return false;
  return allowedHosts.includes(url.hostname.toLowerCase()) || allowedHosts.includes(url.host.toLowerCase());
}

export async function fetchSource(
  url: string,
  wantedExtension: string,
  validators: Validators | null,
  settings: FetchSettings,
): Promise<FetchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    return await fetchFollowing(new URL(url), wantedExtension, validators, settings, controller.signal);
  } catch (error) {
    if (controller.signal.aborted)
      return { kind: "failed", reason: `no complete answer within ${settings.timeoutMs} ms (SYNC_TIMEOUT_MS)` };
    return { kind: "failed", reason: `could not fetch (${networkReason(error)})` };
  } finally {
    clearTimeout(timer);
  }
}

async function fetchFollowing(
  start: URL,
  wantedExtension: string,
  validators: Validators | null,
  settings: FetchSettings,
  signal: AbortSignal,
): Promise<FetchOutcome> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!hostAllowed(url, settings.allowedHosts)) {
      const what = hop === 0 ? "host" : "redirect to host";
      return { kind: "failed", reason: `${what} ${url.host} is not in SYNC_ALLOWED_HOSTS` };
    }
    const headers: Record<string, string> = {};
    if (validators?.etag) headers["if-none-match"] = validators.etag;
    if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
    const response = await fetch(url, { redirect: "manual", headers, signal });
    if (response.status === 304 && validators) return { kind: "not-modified" };
    if ([301, 302, 303, 307, 308].includes(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (!location) return { kind: "failed", reason: `HTTP ${response.status} without a Location` };
      url = new URL(location, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: "failed", reason: `HTTP ${response.status}` };
    }
    return readDocument(response, wantedExtension, settings.maxBytes);
  }
  return { kind: "failed", reason: `more than ${MAX_REDIRECTS} redirects` };
}

async function readDocument(response: Response, wantedExtension: string, maxBytes: number): Promise<FetchOutcome> {
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const extension = extensionFor(contentType, wantedExtension);
  if (!extension) {
    await response.body?.cancel();
    const wanted = wantedExtension ? ` for a ${wantedExtension} file` : "";
    return { kind: "failed", reason: `unexpected type ${contentType || "(none)"}${wanted}` };
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { kind: "failed", reason: tooLarge(maxBytes) };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) return { kind: "failed", reason: tooLarge(maxBytes) };
    chunks.push(Buffer.from(chunk));
  }
  const validators: Validators = {};
  const etag = response.headers.get("etag");
  const lastModified = response.headers.get("last-modified");
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return { kind: "fetched", bytes: Buffer.concat(chunks), extension, validators };
}

/** The extension to store under: the file's own when its type allows it, else the type's first; "" when unreadable. */
function extensionFor(contentType: string, wanted: string): string {
  if (contentType === OPAQUE) return [".pdf", ".docx"].includes(wanted) ? wanted : "";
  const allowed = TYPES[contentType];
  if (!allowed) return "";
  if (!wanted) return allowed[0];
  return allowed.includes(wanted) ? wanted : "";
}

function tooLarge(maxBytes: number): string {
  return `larger than the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit (MAX_FILE_MB)`;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as Error).message;
}

export function extensionOf(file: string): string {
  return extname(file).toLowerCase();
}
