import { describe, expect, it } from 'vitest';
import { problemToFormErrors } from './problem-to-form';

const problem = (errors: Array<{ field: string; reason: string }>, detail = 'the request is not valid') => ({ type: 'https://hpc-access.eu/problems/validation-failed', title: 'The request is not valid', status: 400, detail, errors });
const fields = ['proposal.title', 'proposal.gpuHours', 'proposal.dataSources', 'reasons'];

describe('problemToFormErrors', () => {
  it('puts each field error at the form field the API names', () => {
    const result = problemToFormErrors(problem([{ field: 'proposal.gpuHours', reason: 'gpuHours must not be greater than 100000000' }]), { fields });
    expect(result).toEqual({ errors: { 'proposal.gpuHours': 'gpuHours must not be greater than 100000000' }, unmatched: [] });
  });

  it('sends a field nested deeper than the form to the nearest field above it', () => {
    const result = problemToFormErrors(problem([{ field: 'proposal.dataSources.description', reason: 'description should not be empty' }]), { fields });
    expect(result.errors).toEqual({ 'proposal.dataSources': 'description should not be empty' });
  });

  it('renames a prefix: the amend route names changes.*, the form proposal.*', () => {
    const result = problemToFormErrors(problem([{ field: 'changes.title', reason: 'title is too short' }]), { fields, rename: { changes: 'proposal' } });
    expect(result.errors).toEqual({ 'proposal.title': 'title is too short' });
  });

  it('maps array indices in either notation to the field holding the list', () => {
    const result = problemToFormErrors(problem([{ field: 'reasons[1]', reason: 'too short' }, { field: 'reasons.2', reason: 'too long' }]), { fields });
    expect(result.errors).toEqual({ reasons: 'too short; too long' });
  });

  it('keeps what no field shows, and a problem without field errors, as unmatched', () => {
    expect(problemToFormErrors(problem([{ field: 'organisationId', reason: 'unknown organisation' }]), { fields }).unmatched).toEqual(['organisationId: unknown organisation']);
    expect(problemToFormErrors({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'the application changed meanwhile' }, { fields })).toEqual({ errors: {}, unmatched: ['the application changed meanwhile'] });
  });
});
