import { seedDemo, type SeedDemoResult } from '../demo/seed-demo';
import { DEMO_ORGANISATIONS } from '../demo/demo-data';
import type { Json, PlatformClient } from '../client/platform-client';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';

describe('demo data (npm start -- --demo)', () => {
  let platform: PlatformHarness;
  let auditor: PlatformClient;
  let first: SeedDemoResult;
  const messages: string[] = [];

  beforeAll(async () => {
    platform = await startPlatform();
    auditor = await platform.as('auditor', { userId: 'auditor-demo-check', organisationId: 'eca' });
    first = await seedDemo({ baseUrl: platform.baseUrl, now: () => platform.now(), settle: () => platform.settle(), log: (m) => messages.push(m) });
  }, 300_000);

  afterAll(async () => {
    await platform?.close();
  });

  it('logs its progress', () => {
    console.log(messages.join('\n'));
    expect(first.seeded).toBe(true);
  });
});
