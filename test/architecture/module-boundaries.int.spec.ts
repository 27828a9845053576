import { ESLint } from 'eslint';
import { join } from 'node:path';

/**
 * The dependency rules are enforced by lint, not by good intentions (ARCHITECTURE.md section 1).
 * These cases prove the rules bite: each snippet is linted as if it stood at the given path.
 */
const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function violations(relativePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, relativePath) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  it('a service may not import another service', async () => {
    const found = await violations('services/gateway/src/probe.ts', "import { IntakeModule } from '@hpc-access/intake';\nexport const probe = IntakeModule;\n");
    expect(found).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: .*type:service.*type:lib/)]);
  });

  it("a service may import another's pure domain entry, and only that (ADR 32)", async () => {
    const domain = await violations('services/audit/src/probe.ts', "import { evolveCase } from '@hpc-access/ethics-review/domain';\nexport const probe = evolveCase;\n");
    expect(domain).toEqual([]);
    const whole = await violations('services/audit/src/probe.ts', "import { EthicsReviewModule } from '@hpc-access/ethics-review';\nexport const probe = EthicsReviewModule;\n");
    expect(whole).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: .*type:service.*type:lib/)]);
    // The entry is domain code: the purity rule holds there too.
    const impure = await violations('services/intake/src/domain/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n");
    expect(impure).toEqual([expect.stringMatching(/^no-restricted-imports: .*pure/)]);
  });

  it('the shared as-of fold takes the domain entries and the core, nothing impure (ADR 32)', async () => {
    const domain = await violations('libs/audit-as-of/src/probe.ts', "import { evolveCase } from '@hpc-access/ethics-review/domain';\nimport type { DomainEvent } from '@hpc-access/eventsourcing';\nexport const probe = evolveCase;\nexport type Probe = DomainEvent;\n");
    expect(domain).toEqual([]);
    const sql = await violations('libs/audit-as-of/src/probe.ts', "import { openPglite } from '@hpc-access/sql';\nexport const probe = openPglite;\n");
    expect(sql).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: .*scope:audit-fold.*scope:core/)]);
    const nest = await violations('libs/audit-as-of/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n");
    expect(nest.some((m) => /^no-restricted-imports: .*pure/.test(m))).toBe(true);
    // The auditor's tool (a service) takes the fold as a library.
    const cli = await violations('services/audit-cli/src/probe.ts', "import { foldAsOf } from '@hpc-access/audit-as-of';\nexport const probe = foldAsOf;\n");
    expect(cli).toEqual([]);
  });

  it('the event-sourcing core imports nothing of ours', async () => {
    const found = await violations('libs/eventsourcing/src/probe.ts', "import { openPglite } from '@hpc-access/sql';\nexport const probe = openPglite;\n");
    expect(found.some((m) => m.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  });

  it('the event-sourcing core imports no framework or driver', async () => {
    const found = await violations('libs/eventsourcing/src/probe.ts', "import { Pool } from 'pg';\nexport const probe = Pool;\n");
    expect(found).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: .*pg/)]);
  });

  it('a service slice takes the store port, never the adapter', async () => {
    const found = await violations('services/allocation/src/calls/probe.ts', "import { PostgresEventStore } from '@hpc-access/eventstore-postgres';\nexport const probe = PostgresEventStore;\n");
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*store port/)]);
  });

  it("a service's module wiring may name the adapter", async () => {
    const found = await violations('services/allocation/src/probe.module.ts', "import { PostgresEventStore } from '@hpc-access/eventstore-postgres';\nexport const probe = PostgresEventStore;\n");
    expect(found).toEqual([]);
  });

  it.each([
    ['libs/messaging/src/probe.ts'],
    ['libs/http/src/probe.ts'],
    ['libs/scheduler/src/probe.ts'],
    ['libs/service-host/src/probe.ts'],
  ])('%s takes the store port and the SQL toolkit, never the adapter', async (path) => {
    const adapter = await violations(path, "import { PostgresEventStore } from '@hpc-access/eventstore-postgres';\nexport const probe = PostgresEventStore;\n");
    expect(adapter).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: A project tagged with "scope:(messaging|edge)" can only depend on libs tagged with (?!.*"scope:adapter")/)]);
    const sql = await violations(path, "import { openPglite } from '@hpc-access/sql';\nimport type { TransactionalEventStore } from '@hpc-access/eventsourcing';\nexport const probe = openPglite;\nexport type Probe = TransactionalEventStore;\n");
    expect(sql).toEqual([]);
  });

  it('the SQL toolkit stands on the core alone, never on the adapter or a service', async () => {
    const adapter = await violations('libs/sql/src/probe.ts', "import { PostgresEventStore } from '@hpc-access/eventstore-postgres';\nexport const probe = PostgresEventStore;\n");
    expect(adapter.some((m) => m.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
    const messaging = await violations('libs/sql/src/probe.ts', "import { Relay } from '@hpc-access/messaging';\nexport const probe = Relay;\n");
    expect(messaging.some((m) => m.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
    const core = await violations('libs/sql/src/probe.ts', "import type { Projection } from '@hpc-access/eventsourcing';\nexport type Probe = Projection;\n");
    expect(core).toEqual([]);
  });

  it('domain code imports no NestJS and reads no clock', async () => {
    const found = await violations(
      'services/intake/src/applications/domain/probe.ts',
      "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\nexport const now = () => new Date();\nexport const ms = () => Date.now();\n",
    );
    expect(found).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Domain code is pure/),
      'no-restricted-syntax: Deciders take now from the command.',
      'no-restricted-syntax: Deciders take now from the command.',
    ]);
  });

  it('a route file may use NestJS and the libs', async () => {
    const found = await violations(
      'services/intake/src/applications/probe.ts',
      "import { Injectable } from '@nestjs/common';\nimport { etagFor } from '@hpc-access/http';\nexport const probe = [Injectable, etagFor];\n",
    );
    expect(found).toEqual([]);
  });
});
