import { describe, expect, it } from 'vitest';
import { needsResigning, organisationTodo } from './organisation-todo';

const signed = { status: 'signed', attestation: { overdue: false, nextDueAt: '2027-01-07T00:00:00Z' } };

describe("the organisation's next to-do on the applicant's home", () => {
  it('asks to register first, then to sign, then for an overdue attestation', () => {
    expect(organisationTodo(false, null)?.key).toBe('todo.register');
    expect(organisationTodo(true, { status: 'unsigned', attestation: null })?.key).toBe('todo.sign');
    expect(organisationTodo(true, { status: 'lapsed', attestation: null })?.key).toBe('todo.sign');
    expect(organisationTodo(true, { ...signed, attestation: { overdue: true, nextDueAt: '2027-01-07T00:00:00Z' } })).toEqual({ key: 'todo.attestationOverdue', to: '/applicant/attestations', date: '2027-01-07T00:00:00Z' });
  });

  it('asks nothing while the registration travels to governance, or when all is done', () => {
    expect(organisationTodo(true, null)).toBeNull();
    expect(organisationTodo(true, signed)).toBeNull();
  });

  it('asks to sign a newer pledge version while the older signature still holds, after an overdue attestation', () => {
    const signedV1 = { ...signed, signature: { pledgeVersion: 1 } };
    expect(organisationTodo(true, signedV1, 2)).toEqual({ key: 'todo.resign', to: '/applicant/organisation' });
    expect(organisationTodo(true, signedV1, 1)).toBeNull();
    expect(organisationTodo(true, signedV1, null)).toBeNull();
    expect(organisationTodo(true, { ...signedV1, attestation: { overdue: true, nextDueAt: '2027-01-07T00:00:00Z' } }, 2)?.key).toBe('todo.attestationOverdue');
    expect(needsResigning(2, 3)).toBe(true);
    expect(needsResigning(3, 3)).toBe(false);
  });
});
