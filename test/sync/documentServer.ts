import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A local publisher of documents on 127.0.0.1, port 0: each path answers as the test sets it. */

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface DocumentServer {
  base: string;
  port: number;
  routes: Map<string, Route>;
  /** Every request's path and conditional headers, in order. */
  seen: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[];
  close(): Promise<void>;
}

export async function startDocumentServer(): Promise<DocumentServer> {
  const routes = new Map<string, Route>();
  const seen: DocumentServer["seen"] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    seen.push({
      path,
      ifNoneMatch: req.headers["if-none-match"],
      ifModifiedSince: req.headers["if-modified-since"],
    });
    const route = routes.get(path);
    if (route) route(req, res);
    else res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    routes,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A document with an ETag, answering 304 to a request that already holds it. */
export function withEtag(body: () => Buffer | string, type: string, etag: () => string): Route {
  return (req, res) => {
    if (req.headers["if-none-match"] === etag()) return void res.writeHead(304).end();
    res.writeHead(200, { "content-type": type, etag: etag() }).end(body());
  };
}

/** A document with a Last-Modified date, answering 304 to a request that has seen it. */
export function withLastModified(body: string, type: string, lastModified: string): Route {
  return (req, res) => {
    if (req.headers["if-modified-since"] === lastModified) return void res.writeHead(304).end();
    res.writeHead(200, { "content-type": type, "last-modified": lastModified }).end(body);
  };
}

export function plain(status: number, body: Buffer | string = "", headers: Record<string, string> = {}): Route {
  return (_req, res) => void res.writeHead(status, headers).end(body);
}
