import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AgentMetrics } from './agent-metrics';

export interface HealthState {
  /** Healthy while the last good round is recent enough. */
  healthy(): boolean;
  details(): Record<string, unknown>;
}

/** `/health` (200 or 503, JSON) and `/metrics` (Prometheus text) on the agent's own port. */
export async function startHealthServer(host: string, port: number, health: HealthState, metrics: AgentMetrics): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    if (path === '/health') {
      const ok = health.healthy();
      response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ok' : 'failing', ...health.details() }));
      return;
    }
    if (path === '/metrics') {
      metrics.registry
        .metrics()
        .then((text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text))
        .catch((error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message));
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: /health and /metrics are served here\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, port: (server.address() as AddressInfo).port };
}
