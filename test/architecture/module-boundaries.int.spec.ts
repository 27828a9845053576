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

  it('the event-sourcing core imports nothing of ours', async () => {
    const found = await violations('libs/eventsourcing/src/probe.ts', "import { openPglite } from '@hpc-access/eventstore-postgres';\nexport const probe = openPglite;\n");
    expect(found.some((m) => m.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  });

  it('the event-sourcing core imports no framework or driver', async () => {
    const found = await violations('libs/eventsourcing/src/probe.ts', "import { Pool } from 'pg';\nexport const probe = Pool;\n");
    expect(found).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: .*pg/)]);
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
