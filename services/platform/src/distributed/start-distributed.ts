import type { ChildProcess } from 'node:child_process';
import { distributedAuth } from './distributed-auth';
import { startProcess, stopProcess, waitUntilReady } from './processes';
import { SERVICE_CATALOGUE } from './service-catalogue';

/**
 * `npm run start:distributed`: every service its own process against the PostgreSQL server of
 * `DATABASE_URL` (each in its own schema) and the Kafka of `KAFKA_BROKERS` (each with its own
 * consumer groups), plus the gateway on `PORT` (default 3000). `HPC_INSTANCES=intake=2` runs two
 * processes of a service: they share its partitions. Tokens come from `AUTH_ISSUER`; only with
 * `AUTH_MODE=development` does the gateway run the development identity provider and the services
 * trust it: a developer's set-up, never production. Neither: the launcher stops before starting anything.
 * A process that dies takes the whole set down, so nothing runs on half a platform unnoticed.
 */
async function main(): Promise<void> {
  const env = process.env;
  const gatewayPort = Number(env.PORT ?? 3000);
  const publicBaseUrl = env.PUBLIC_BASE_URL ?? `http://127.0.0.1:${gatewayPort}`;
  const auth = distributedAuth(env, publicBaseUrl);
  if (auth.development) console.error('AUTH_MODE=development: the gateway runs the development identity provider, which gives anyone a token for any role; never in production');
  const databaseUrl = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!env.KAFKA_BROKERS) throw new Error('KAFKA_BROKERS is required: the Kafka bootstrap servers, host:port,host:port');
  const firstServicePort = Number(env.SERVICE_PORT_BASE ?? 3101);
  const instances = parseInstances(env.HPC_INSTANCES ?? '');
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(children.map((child) => stopProcess(child)));
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  const watch = (name: string, child: ChildProcess) => {
    children.push(child);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(`${name} exited (${signal ?? code}); stopping every process`);
      void stopAll(1);
    });
  };

  // The compiled tree this launcher itself runs from (dist/, or the tests' dist-test/).
  const dist = env.HPC_DIST_DIR ?? 'dist';
  const routes: string[] = [];
  const started: { port: number; child: ChildProcess }[] = [];
  let port = firstServicePort;
  for (const name of Object.keys(SERVICE_CATALOGUE)) {
    for (let i = 1; i <= (instances[name] ?? 1); i++, port++) {
      const child = startProcess({
        name: `${name}#${i}`,
        script: `${dist}/services/${name}/src/main.js`,
        env: { ...env, ...auth.services, DATABASE_URL: databaseUrl, PORT: String(port), HOST: env.SERVICE_HOST ?? '127.0.0.1' },
      });
      watch(`${name}#${i}`, child);
      if (i === 1) routes.push(`${name}=http://127.0.0.1:${port}`);
      // With AUTH_MODE=development the gateway, started below, is the services' issuer, and a
      // service is not ready until its issuer answers (ADR 4): listening is enough until then.
      await waitUntilReady(`http://127.0.0.1:${port}/health/${auth.development ? 'live' : 'ready'}`, 120_000, child);
      started.push({ port, child });
    }
  }
  const gateway = startProcess({
    name: 'gateway',
    script: `${dist}/services/gateway/src/main.js`,
    env: {
      ...env,
      ...auth.gateway,
      PORT: String(gatewayPort),
      GATEWAY_ROUTES: env.GATEWAY_ROUTES ?? routes.join(','),
    },
  });
  watch('gateway', gateway);
  await waitUntilReady(`http://127.0.0.1:${gatewayPort}/health/ready`, 60_000, gateway);
  if (auth.development) for (const service of started) await waitUntilReady(`http://127.0.0.1:${service.port}/health/ready`, 60_000, service.child);
  console.error(`HPC Access (distributed) on ${publicBaseUrl}: ${children.length} processes${auth.development ? '; development tokens at POST /api/dev/token' : ''}`);
}

/** `intake=2,accounting=3` -> { intake: 2, accounting: 3 }. */
export function parseInstances(spec: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of spec.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [name, count] = entry.split('=');
    const n = Number(count);
    if (!SERVICE_CATALOGUE[name] || !Number.isInteger(n) || n < 1) throw new Error(`HPC_INSTANCES: "${entry}" is not <service>=<count> for a known service`);
    counts[name] = n;
  }
  return counts;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // A set-up mistake (a variable missing) is told as a sentence, not a stack.
    console.error(`HPC Access (distributed) cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
