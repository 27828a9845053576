import { describe, expect, it } from 'vitest';
import { organisationTodo } from './organisation-todo';

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
});
