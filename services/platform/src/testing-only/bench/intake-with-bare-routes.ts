import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { startService } from '@hpc-access/service-host';
import { serviceDefinition } from '../../distributed/service-catalogue';
import { testServiceOverrides } from '../service-overrides';
import { startBareRoutes } from './bare-routes';

/**
 * Intake in distributed mode, as service-process.js runs it, with the HTTP bench's bare routes
 * beside it in the same process and on the same database (ADR 33): the baseline for commands that
 * reach intake through the gateway. The bare routes' port goes to HPC_BENCH_BARE_PORT_FILE.
 */
async function main(): Promise<void> {
  const portFile = process.env.HPC_BENCH_BARE_PORT_FILE;
  if (!portFile) throw new Error('HPC_BENCH_BARE_PORT_FILE is required: where the bare routes\' port is written');
  const { app, db } = await startService(serviceDefinition('intake'), process.env, testServiceOverrides('intake'));
  await app.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '127.0.0.1');
  await db.query('CREATE SCHEMA IF NOT EXISTS bench_bare');
  await db.query('CREATE TABLE IF NOT EXISTS bench_bare.raw_events (LIKE intake.events INCLUDING ALL)');
  const bare = await startBareRoutes(app, db, 'bench_bare.raw_events');
  writeFileSync(portFile, String((bare.address() as AddressInfo).port));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
