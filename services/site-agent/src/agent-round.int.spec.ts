import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { SiteAgent } from './agent';
import { resolveConfig } from './config/load-config';
import type { RunTool } from './slurm/slurm-tools';

// A platform (and issuer) that answers tokens and the usage checkpoint but fails the orders list,
// as a platform under load may at an agent's start.
function flakyPlatform(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/.well-known/openid-configuration') return json(200, { issuer: baseUrl, token_endpoint: `${baseUrl}/token` });
    if (req.url === '/token') return json(200, { access_token: 'a.b.c', token_type: 'Bearer', expires_in: 300 });
    if (req.url?.includes('/usage-checkpoint')) return json(200, { siteId: 'cineca', system: 'leonardo', checkpoint: null, importId: null, recordedAt: null, checkpoints: [] });
    return json(503, { type: 'about:blank', title: 'Service Unavailable', status: 503 });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe("a round of the agent while the platform cannot list the site's orders", () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'hpc-site-agent-round-'));
  let platform: { server: Server; baseUrl: string };
  beforeAll(async () => {
    platform = await flakyPlatform();
  });
  afterAll(async () => {
    await new Promise((resolve) => platform.server.close(resolve));
    rmSync(stateDir, { recursive: true, force: true });
  });

  it("reads no jobs and keeps its checkpoint: without the programme's accounts it would skip their jobs for good", async () => {
    const config = resolveConfig(
      {
        platform: { baseUrl: platform.baseUrl, siteId: 'cineca' },
        auth: { issuer: platform.baseUrl, clientId: 'site-agent-cineca' },
        slurm: { system: 'leonardo', cluster: 'leonardo' },
        partitions: [{ name: 'booster', billing: 'gpu' }],
        usage: { startFrom: '2026-12-01T00:00:00Z' },
        listen: { port: 0 },
        stateDir,
      },
      'agent.json',
      { HPC_SITE_AGENT_CLIENT_SECRET: 's3cret' },
    );
    const calls: string[] = [];
    const run: RunTool = async (tool) => {
      calls.push(tool);
      return { exitCode: 0, stdout: '', stderr: '' };
    };
    await new SiteAgent(config, pino({ level: 'silent' }), run).round();
    expect(calls).not.toContain('sacct');
    expect(existsSync(join(stateDir, 'usage-checkpoint.leonardo.json'))).toBe(false);
  });
});
