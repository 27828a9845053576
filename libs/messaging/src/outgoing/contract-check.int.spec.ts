import { buildCompiledTree, COMPILED_TREE, runCompiled } from '@hpc-access/testing';
import { join } from 'node:path';
import { contractProblems } from './contract-problems';
import { intakeEvent, mapIntakeEvent } from '../testing-only/domain-events';
import { InMemoryEventStore } from '@hpc-access/eventsourcing';

// The worker thread exists only in the compiled tree (a worker cannot load TypeScript), so this
// runs the compiled check in a node of its own and compares it with the in-thread one.
describe('the contract check of outgoing messages on its worker thread', () => {
  const compiled = join(COMPILED_TREE, 'libs', 'messaging', 'src', 'outgoing', 'contract-check.js');
  let valid: unknown;
  let invalid: unknown;

  beforeAll(async () => {
    buildCompiledTree();
    const store = new InMemoryEventStore();
    const [event] = (await store.appendToStream('application-a1', [intakeEvent('ApplicationWithdrawn', 'a1')])).events;
    const message = mapIntakeEvent(event);
    valid = message;
    invalid = { ...message, data: { applicationId: 'a1' } };
  }, 120_000);

  const inWorker = (body: string) =>
    JSON.parse(
      runCompiled(`
        const { sharedContractCheck, WorkerContractCheck } = require(${JSON.stringify(compiled)});
        (async () => { ${body} })().catch((e) => { console.error(e); process.exit(1); });
      `),
    );

  it('judges each message as the in-thread check does, on a worker, without keeping the process alive', () => {
    const result = inWorker(`
      const check = sharedContractCheck();
      const problems = await check.problems(${JSON.stringify([valid, invalid])});
      process.stdout.write(JSON.stringify({ onWorker: check instanceof WorkerContractCheck, problems }));
    `);
    // The script returned, so the idle worker let the process end.
    expect(result.onWorker).toBe(true);
    expect(result.problems).toEqual(contractProblems([valid, invalid] as never));
    expect(result.problems[0]).toBeNull();
    expect(result.problems[1]).toMatch(/data\.organisationId/);
  });

  it('fails the checks in hand when its worker dies, and the next check starts a new one', () => {
    const result = inWorker(`
      const check = new WorkerContractCheck(${JSON.stringify(join(COMPILED_TREE, 'no-such-worker.js'))});
      const failed = await check.problems([]).then(() => 'resolved', (e) => e.message);
      const healthy = sharedContractCheck();
      const first = await healthy.problems(${JSON.stringify([valid])});
      healthy.worker.terminate();
      const during = await healthy.problems(${JSON.stringify([valid])}).then(() => 'resolved', (e) => e.message);
      const after = await healthy.problems(${JSON.stringify([invalid])});
      process.stdout.write(JSON.stringify({ failed, first, during, after }));
    `);
    expect(result.failed).toMatch(/no-such-worker|Cannot find module|exited/);
    expect(result.first).toEqual([null]);
    expect(result.during).toMatch(/exited|terminated/);
    expect(result.after[0]).toMatch(/data\.organisationId/);
  });
});
