import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface JsonServer {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** The documents served, by path; tests may change them while the server runs. */
  routes: Record<string, unknown>;
  close(): Promise<void>;
}

/** A loopback HTTP server answering fixed JSON documents per path; 404 for anything else. */
export async function serveJson(documents: (baseUrl: string) => Record<string, unknown>): Promise<JsonServer> {
  const requests: string[] = [];
  const routes: Record<string, unknown> = {};
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const body = routes[path];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(routes, documents(url));
  return {
    url,
    requests,
    routes,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
