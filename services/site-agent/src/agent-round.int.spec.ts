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

// A platform (and issuer) that answers tokens and the usage checkpoint, and the orders list only
// when `ordersAnswer` is true (a platform under load may fail it at an agent's start); it keeps the
// sacct batches it is sent.
function fakePlatform(ordersAnswer: boolean, batches: string[] = []): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/.well-known/openid-configuration') return json(200, { issuer: baseUrl, token_endpoint: `${baseUrl}/token` });
    if (req.url === '/token') return json(200, { access_token: 'a.b.c', token_type: 'Bearer', expires_in: 300 });
    if (req.url?.includes('/usage-checkpoint')) return json(200, { siteId: 'cineca', system: 'leonardo', checkpoint: null, importId: null, recordedAt: null, checkpoints: [] });
    if (ordersAnswer && req.url?.includes('/orders?')) return json(200, { items: [], page: 1, pageSize: 100, total: 0 });
    if (req.method === 'POST' && req.url?.startsWith('/api/accounting/usage/sacct')) {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => {
        batches.push(text);
        json(201, { importId: 'import-1', accepted: 1, duplicates: 0, flagged: 0, rejected: [], charged: [] });
      });
      return;
    }
    return json(503, { type: 'about:blank', title: 'Service Unavailable', status: 503 });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

const configFor = (baseUrl: string, stateDir: string) =>
  resolveConfig(
    {
      platform: { baseUrl, siteId: 'cineca' },
      auth: { issuer: baseUrl, clientId: 'site-agent-cineca' },
      slurm: { system: 'leonardo', cluster: 'leonardo' },
      partitions: [{ name: 'booster', billing: 'gpu' }],
      usage: { startFrom: '2026-12-01T00:00:00Z', windowSeconds: 31 * 86_400 },
      listen: { port: 0 },
      stateDir,
    },
    'agent.json',
    { HPC_SITE_AGENT_CLIENT_SECRET: 's3cret' },
  );

describe('a round of the agent', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'hpc-site-agent-round-'));
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  it("reads no jobs and keeps its checkpoint while the platform cannot list the site's orders: it would not know the accounts the platform ordered", async () => {
    const platform = await fakePlatform(false);
    const config = configFor(platform.baseUrl, join(stateDir, 'a'));
    const calls: string[] = [];
    const run: RunTool = async (tool) => {
      calls.push(tool);
      return { exitCode: 0, stdout: '', stderr: '' };
    };
    await new SiteAgent(config, pino({ level: 'silent' }), run).round();
    await new Promise((resolve) => platform.server.close(resolve));
    expect(calls).not.toContain('sacct');
    expect(existsSync(join(stateDir, 'a', 'usage-checkpoint.leonardo.json'))).toBe(false);
  });

  it("pushes the jobs of accounts with the programme's prefix even before the platform has ordered them, and no other account's", async () => {
    const batches: string[] = [];
    const platform = await fakePlatform(true, batches);
    const lines = [
      '7|ehpc-aif-2026pg01-0001|booster|2026-12-02T10:00:00|2026-12-02T10:00:10|10|COMPLETED|billing=2,cpu=1,gres/gpu=2,node=1|',
      '8|chemistry-lab|booster|2026-12-02T10:00:00|2026-12-02T10:00:20|20|COMPLETED|billing=1,cpu=1,gres/gpu=1,node=1|',
    ].join('\n');
    const run: RunTool = async (tool) => ({ exitCode: 0, stdout: tool === 'sacct' ? lines : '', stderr: '' });
    await new SiteAgent(configFor(platform.baseUrl, join(stateDir, 'b')), pino({ level: 'silent' }), run).round();
    await new Promise((resolve) => platform.server.close(resolve));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toContain('\n7|ehpc-aif-2026pg01-0001|');
    expect(batches[0]).not.toContain('chemistry-lab');
  });
});
