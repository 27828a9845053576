import { GovernanceEvents } from './governance';
import { IntakeEvents } from './intake';
import { createIntegrationEvent } from './integration-event';
import { validateIntegrationEvent, type FieldError } from './validation';

const pledgeSigned = () =>
  createIntegrationEvent(GovernanceEvents.PledgeSigned, {
    id: '01933b6e-8f5a-7c3e-9a41-5d2f0e6b7c10',
    subject: 'org-7',
    time: '2026-03-02T09:30:00.000Z',
    correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    causationId: null,
    data: { organisationId: 'org-7', pledgeVersion: 3, signedBy: 'user-42', signedAt: '2026-03-02T09:29:58.000Z' },
  });

/** The wire form: what a consumer gets after JSON parsing. */
const wire = (event: object): Record<string, unknown> => JSON.parse(JSON.stringify(event));

function errorsOf(raw: unknown): FieldError[] {
  const result = validateIntegrationEvent(raw);
  if (result.ok) throw new Error('expected the event to be rejected');
  return result.errors;
}

describe('validating an integration event on consumption', () => {
  it('accepts a good event and types its payload by its type', () => {
    const result = validateIntegrationEvent(wire(pledgeSigned()));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event.type).toBe('hpc-access.governance.PledgeSigned.v1');
    if (result.event.type !== GovernanceEvents.PledgeSigned.type) return;
    expect(result.event.data.pledgeVersion).toBe(3);
    expect(result.event.data.signedBy).toBe('user-42');
  });

  it('accepts a payload with an array and an enumerated value', () => {
    const screened = createIntegrationEvent(IntakeEvents.ApplicationScreened, {
      ...pledgeSigned(),
      subject: 'app-1',
      data: { applicationId: 'app-1', organisationId: 'org-7', outcome: 'ineligible', reasons: ['not an SME'] },
    });

    expect(validateIntegrationEvent(wire(screened))).toMatchObject({ ok: true, event: { data: { reasons: ['not an SME'] } } });
  });

  it('names a missing payload field', () => {
    const raw = wire(pledgeSigned());
    delete (raw.data as Record<string, unknown>).organisationId;

    expect(errorsOf(raw)).toContainEqual({ field: 'data.organisationId', reason: expect.stringMatching(/string/) });
  });

  it('names a field of the wrong type without converting it', () => {
    const raw = wire(pledgeSigned());
    (raw.data as Record<string, unknown>).pledgeVersion = '3';

    expect(errorsOf(raw)).toContainEqual({ field: 'data.pledgeVersion', reason: expect.stringMatching(/integer/) });
  });

  it('rejects a field the contract does not have, in the payload and in the envelope', () => {
    const raw = wire(pledgeSigned());
    (raw.data as Record<string, unknown>).email = 'someone@example.org';
    raw.extra = true;

    expect(errorsOf(raw)).toEqual([{ field: 'extra', reason: 'property extra should not exist' }]);
    delete raw.extra;
    expect(errorsOf(raw)).toEqual([{ field: 'data.email', reason: 'property email should not exist' }]);
  });

  it('rejects a value outside an enumeration', () => {
    const submitted = createIntegrationEvent(IntakeEvents.ApplicationSubmitted, {
      ...pledgeSigned(),
      subject: 'app-1',
      data: {
        applicationId: 'app-1', organisationId: 'org-7', mode: 'fast-lane', system: 'LUMI', partition: 'LUMI-G',
        gpuHours: 20_000, durationMonths: 3, start: '2026-05-01',
      },
    });
    const raw = wire(submitted);
    (raw.data as Record<string, unknown>).mode = 'express';

    expect(errorsOf(raw)).toEqual([{ field: 'data.mode', reason: expect.stringMatching(/playground, fast-lane, large-scale/) }]);
  });

  it('rejects an unknown type and a type claimed by the wrong context', () => {
    expect(errorsOf({ ...wire(pledgeSigned()), type: 'hpc-access.governance.PledgeBroken.v1' })).toEqual([
      { field: 'type', reason: 'unknown integration event type hpc-access.governance.PledgeBroken.v1' },
    ]);
    expect(errorsOf({ ...wire(pledgeSigned()), source: 'intake' })).toEqual([
      { field: 'source', reason: expect.stringMatching(/published by governance, not intake/) },
    ]);
  });

  it('checks the envelope: id, time, causation present', () => {
    const raw = wire(pledgeSigned());
    raw.id = 'not-a-uuid';
    raw.time = 'yesterday';
    delete raw.causationId;

    expect(new Set(errorsOf(raw).map((e) => e.field))).toEqual(new Set(['causationId', 'id', 'time']));
  });

  it('rejects what is not an object at all', () => {
    expect(errorsOf('PledgeSigned')).toEqual([{ field: '', reason: 'an integration event must be a JSON object' }]);
    expect(errorsOf({ ...wire(pledgeSigned()), data: [1, 2] })).toContainEqual({ field: 'data', reason: expect.stringMatching(/object/) });
  });
});
