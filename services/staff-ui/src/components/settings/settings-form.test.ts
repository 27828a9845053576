import { describe, expect, it } from 'vitest';
import { changedKeys, fieldsOf, fromFormValues, humanise, revisionOfEtag, settingsValidators, toFormValues, withNestedPaths, withoutPrefix } from './settings-form';

const t = (key: string) => key;
const governance = { attestationPeriodMonths: 6, attestationWindowDays: 30, gracePeriodDays: 14 };
const ethics = { reviewDueDays: 21, principles: ['humanAgency', 'fairness'], reviewersRequired: { playground: 1, 'large-scale': 2 } };

describe('a service configuration as a form', () => {
  it('makes a number input of each number and the JSON of anything else, and reads them back', () => {
    const fields = fieldsOf(ethics);
    expect(fields).toEqual([
      { key: 'reviewDueDays', kind: 'number' },
      { key: 'principles', kind: 'json' },
      { key: 'reviewersRequired', kind: 'json' },
    ]);
    const values = toFormValues(ethics);
    expect(values['reviewDueDays']).toBe(21);
    expect(JSON.parse(String(values['reviewersRequired']))).toEqual({ playground: 1, 'large-scale': 2 });
    expect(fromFormValues(fields, { ...values, reviewDueDays: 28 })).toEqual({ ...ethics, reviewDueDays: 28 });
  });

  it('checks as typed that numbers are numbers and JSON parses', () => {
    const validate = settingsValidators(fieldsOf(ethics), t);
    expect(validate['reviewDueDays']?.('')).toBe('settings.number');
    expect(validate['reviewDueDays']?.(14)).toBeNull();
    expect(validate['principles']?.('["fairness",')).toBe('settings.json');
    expect(validate['principles']?.('["fairness"]')).toBeNull();
  });

  it('names the settings a save changes', () => {
    expect(changedKeys(governance, { ...governance, attestationWindowDays: 45 })).toEqual(['attestationWindowDays']);
    expect(changedKeys(ethics, fromFormValues(fieldsOf(ethics), toFormValues(ethics)))).toEqual([]);
  });

  it("keeps the path of an error inside a JSON setting in its message; a setting's own error stays as it is", () => {
    const problem = withNestedPaths(
      { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'reviewersRequired.playground', reason: 'must be at least 1' }, { field: 'reviewDueDays', reason: 'must be positive' }] },
      fieldsOf(ethics),
    );
    expect(problem.errors).toEqual([
      { field: 'reviewersRequired.playground', reason: 'playground: must be at least 1' },
      { field: 'reviewDueDays', reason: 'must be positive' },
    ]);
  });

  it('labels an untranslated setting from its name, and reads the revision from the ETag', () => {
    expect(humanise('attestationWindowDays')).toBe('Attestation window days');
    expect(revisionOfEtag('"7"')).toBe(7);
    expect(revisionOfEtag('W/"12"')).toBe(12);
    expect(revisionOfEtag(null)).toBeNull();
  });

  it("reads a problem about intake's `{ rules, reason }` body with the form's names: the rules' prefix goes, the reason stays", () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'rules.modes.playground.maxGpuHours', reason: 'must not be less than 1' }, { field: 'reason', reason: 'reason should not be empty' }] };
    expect(withoutPrefix(problem, 'rules.').errors).toEqual([
      { field: 'modes.playground.maxGpuHours', reason: 'must not be less than 1' },
      { field: 'reason', reason: 'reason should not be empty' },
    ]);
    expect(withoutPrefix(problem, undefined)).toBe(problem);
  });
});
