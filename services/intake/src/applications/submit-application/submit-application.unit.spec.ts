import 'reflect-metadata';
import { DomainError, InMemoryEventStore, type EventStore } from '@hpc-access/eventsourcing';
import type { Caller } from '@hpc-access/auth';
import { OrganisationCommands } from '../../organisations/organisation-commands';
import { ProgrammeConfiguration } from '../../programme/programme-configuration';
import { applicant, now, proposal, rules } from '../../testing-only/application-spec-fixtures';
import { ApplicationCommands } from '../application-commands';
import { applicationStreamId } from '../domain/application';

const applicationId = '0192f0c4-7a5e-7c1d-9a4e-2f7b5c3d1e0f';

/** A store that counts which streams a command reads. */
function countingStore(): { store: EventStore; reads: string[] } {
  const inner = new InMemoryEventStore();
  const reads: string[] = [];
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'readStream') return (streamId: string, ...rest: unknown[]) => (reads.push(streamId), (target.readStream as (...args: unknown[]) => unknown)(streamId, ...rest));
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store, reads };
}

const caller = (actor: Caller['actor']): Caller => ({ actor, correlationId: 'spec' }) as Caller;

describe('submitting an application', () => {
  async function drafted() {
    const { store, reads } = countingStore();
    const commands = new ApplicationCommands(store, new ProgrammeConfiguration(store, rules, { now: () => now }), new OrganisationCommands(store), { now: () => now });
    await commands.execute(applicationId, { type: 'DraftApplication', data: { applicationId, organisationId: 'org-1', proposal }, context: applicant }, { correlationId: 'spec' });
    reads.length = 0;
    return { commands, reads };
  }

  it('reads the application stream once (and the rules in force)', async () => {
    const { commands, reads } = await drafted();
    const { application } = await commands.run(applicationId, caller(applicant.actor), '"0"', 'SubmitApplication', {});
    expect(application.status).toBe('submitted');
    expect(reads.filter((streamId) => streamId === applicationStreamId(applicationId))).toHaveLength(1);
    expect(reads).toHaveLength(2);
  });

  it('refuses an applicant of another organisation (403) and records nothing', async () => {
    const { commands } = await drafted();
    const stranger = { id: 'user-applicant-9', role: 'applicant', organisationId: 'org-9' };
    const refusal = await commands.run(applicationId, caller(stranger), undefined, 'SubmitApplication', {}).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: 'forbidden', code: 'not-your-organisation' });
    expect((await commands.load(applicationId)).state.status).toBe('draft');
  });
});
