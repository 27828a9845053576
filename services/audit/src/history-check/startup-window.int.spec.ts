import { Injectable, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { ObservabilityModule } from '@hpc-access/http';
import { storageState, WritesRefusedError } from '@hpc-access/sql';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';
import { AuditModule } from '../audit.module';
import { AuditRuntime } from '../audit-runtime';
import { ledgerFixture, tamper, type LedgerFixture } from '../testing-only/ledger-fixtures';
import { CHECKING, LedgerIntegrity } from './ledger-integrity';

interface Seen {
  hook: string;
  checking: boolean;
  refused: string | null;
  append: 'appended' | string;
}

/**
 * Stands for every other module of the process: a configuration seed in onModuleInit, consumers
 * and the scheduler in onApplicationBootstrap. Each hook records what the check had decided by
 * then, and appends an event to a source as a seed or a due deadline would.
 */
function probeModule(f: LedgerFixture, seen: Seen[]) {
  const record = async (hook: string, integrity: LedgerIntegrity) => {
    const entry: Seen = { hook, checking: integrity.checking, refused: storageState.refused, append: 'appended' };
    await f.append(f.sources[0], `probe-${randomUUID()}`, 1).catch((error: unknown) => {
      entry.append = error instanceof WritesRefusedError ? `refused: ${error.reason}` : `failed: ${String(error)}`;
    });
    seen.push(entry);
  };
  @Injectable()
  class Probe implements OnModuleInit, OnApplicationBootstrap {
    constructor(private readonly integrity: LedgerIntegrity) {}
    onModuleInit = () => record('onModuleInit', this.integrity);
    onApplicationBootstrap = () => record('onApplicationBootstrap', this.integrity);
  }
  const audit = AuditModule.register({ db: f.db, schema: f.schema, sources: f.sources, ledger: { origin: 'test.example/ledger', signerKey: f.signerKey, autoStart: false } });
  @Module({ imports: [ObservabilityModule, audit], providers: [Probe] })
  class ProcessModule {}
  return ProcessModule;
}

// Issue 17: nothing may be applied before the start-up check's verdict, nor refused once it found
// the history intact (ADR 28). The check runs while the providers are built, before any hook.
describe.each(TEST_ENGINES)('the window between a start and the end of its history check (%s)', (engine) => {
  const test = useTestDatabase(engine);

  async function start(f: LedgerFixture, seen: Seen[]) {
    const moduleRef = await Test.createTestingModule({ imports: [probeModule(f, seen)] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    return app;
  }

  it('an intact history: every init hook of the process finds the verdict in and appends', async () => {
    const f = await ledgerFixture(test.db, 'sw1');
    await f.append(f.sources[0], 'application-1', 3);
    await f.sequenceAndSign();
    const seen: Seen[] = [];
    const app = await start(f, seen);
    try {
      expect(seen).toEqual([
        { hook: 'onModuleInit', checking: false, refused: null, append: 'appended' },
        { hook: 'onApplicationBootstrap', checking: false, refused: null, append: 'appended' },
      ]);
    } finally {
      await app.close();
    }
  });

  it('an altered history: no init hook of the process gets an event appended, each is refused naming the finding', async () => {
    const f = await ledgerFixture(test.db, 'sw2');
    await f.append(f.sources[0], 'application-1', 3);
    await f.sequenceAndSign();
    await tamper(test.db, (tx) => tx.query(`DELETE FROM sw2_intake.events WHERE stream_position = 2`).then(() => undefined));
    const before = await eventCount(f);
    const seen: Seen[] = [];
    const app = await start(f, seen);
    try {
      expect(seen.map((s) => s.hook)).toEqual(['onModuleInit', 'onApplicationBootstrap']);
      for (const entry of seen) {
        expect(entry.checking).toBe(false);
        expect(entry.refused).toMatch(/^history-altered: event [0-9a-f-]{36} \(sw2_intake, stream application-1, position 2, leaf 2\) is gone/);
        expect(entry.append).toBe(`refused: ${entry.refused}`);
      }
      expect(await eventCount(f)).toBe(before);
    } finally {
      await app.close();
    }
    expect(storageState.refused).toBeNull();
  });

  it('a check while the process runs: appends are refused until its verdict, then go through', async () => {
    const f = await ledgerFixture(test.db, 'sw3');
    await f.append(f.sources[0], 'application-1', 2);
    await f.sequenceAndSign();
    const app = await start(f, []);
    try {
      const runtime = app.get(AuditRuntime);
      const check = runtime.checkStore();
      await expect(f.append(f.sources[0], 'application-2', 1)).rejects.toEqual(new WritesRefusedError(CHECKING));
      expect(app.get(LedgerIntegrity).checking).toBe(true);
      expect(await check).toBe(true);
      expect(storageState.refused).toBeNull();
      await expect(f.append(f.sources[0], 'application-2', 1)).resolves.toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});

async function eventCount(f: LedgerFixture): Promise<number> {
  return Number((await f.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${f.sources[0]}.events`)).rows[0].n);
}
