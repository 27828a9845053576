import { dlqTopicFor, integrationEventType, topicFor } from './naming';
import { GovernanceEvents } from './governance';
import { IntakeEvents } from './intake';
import { integrationEventRegistry } from './registry';

describe('integration event and topic names', () => {
  it('names a topic per context and major version, with its dead-letter sibling', () => {
    expect(topicFor('intake')).toBe('hpc-access.intake.v1');
    expect(topicFor('ethics-review', 2)).toBe('hpc-access.ethics-review.v2');
    expect(dlqTopicFor(topicFor('governance'))).toBe('hpc-access.governance.v1.dlq');
  });

  it('spells event types as platform.context.PascalCaseName.vN', () => {
    expect(GovernanceEvents.PledgeSigned.type).toBe('hpc-access.governance.PledgeSigned.v1');
    expect(IntakeEvents.ApplicationScreened.type).toBe('hpc-access.intake.ApplicationScreened.v1');
  });

  it('refuses another casing or a version that is not a positive integer', () => {
    expect(() => integrationEventType('intake', 'applicationSubmitted', 1)).toThrow(/PascalCase/);
    expect(() => integrationEventType('intake', 'Application.Submitted', 1)).toThrow(/PascalCase/);
    expect(() => integrationEventType('intake', 'ApplicationSubmitted', 0)).toThrow(/version/);
    expect(() => topicFor('intake', 1.5)).toThrow(/version/);
  });

  it('registers every contract under its own type', () => {
    expect([...integrationEventRegistry.keys()].sort()).toEqual([
      'hpc-access.governance.PledgeSigned.v1',
      'hpc-access.governance.PledgeWithdrawn.v1',
      'hpc-access.intake.ApplicationScreened.v1',
      'hpc-access.intake.ApplicationSubmitted.v1',
      'hpc-access.intake.ApplicationWithdrawn.v1',
      'hpc-access.intake.OrganisationRegistered.v1',
    ]);
  });
});
