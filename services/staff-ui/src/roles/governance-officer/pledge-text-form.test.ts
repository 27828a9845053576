import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { problemToFormErrors } from '../../forms/problem-to-form';
import { pledgeTextFields, pledgeTextValues, toPledgeText, validatePledgeText } from './pledge-text-form';

const t = (key: string) => key;
const current: Schemas['PledgeTextView'] = {
  coreCommitments: { governanceStrategy: 'G', highRiskSystemsMap: 'H', aiLiteracy: 'A' },
  optionalCommitments: [{ id: 'human-oversight', text: 'Human oversight' }],
  civilianUse: 'Civilian only.',
  modelTrainingDuties: { modelDocumentationForm: 'M', trainingDataSummary: 'T', copyrightPolicy: 'C' },
  summaryOfChanges: 'Last time',
};

describe('a new pledge version', () => {
  it('starts from the current text with a fresh summary of changes, and sends it trimmed', () => {
    const values = pledgeTextValues(current);
    expect(values.summaryOfChanges).toBe('');
    expect(validatePledgeText(values, t)).toEqual({});
    expect(toPledgeText({ ...values, civilianUse: ' Civilian only. Dual use declined. ' })).toEqual({ ...current, civilianUse: 'Civilian only. Dual use declined.', summaryOfChanges: undefined });
    expect('summaryOfChanges' in toPledgeText(values)).toBe(false);
    expect(toPledgeText({ ...values, summaryOfChanges: ' Dual use ' }).summaryOfChanges).toBe('Dual use');
  });

  it('says at the field what the service would refuse: empty texts, bad or repeated ids', () => {
    const values = pledgeTextValues(current);
    const errors = validatePledgeText(
      { ...values, civilianUse: ' ', coreCommitments: { ...values.coreCommitments, aiLiteracy: 'x'.repeat(5001) }, optionalCommitments: [...values.optionalCommitments, { id: 'human-oversight', text: 'Again' }, { id: 'X', text: '' }] },
      t,
    );
    expect(errors).toEqual({
      civilianUse: 'publish.textRequired',
      'coreCommitments.aiLiteracy': 'publish.textRequired',
      'optionalCommitments.1.id': 'publish.idRepeated',
      'optionalCommitments.2.id': 'publish.idFormat',
      'optionalCommitments.2.text': 'publish.textRequired',
    });
    expect(validatePledgeText(pledgeTextValues(null), t)['coreCommitments.governanceStrategy']).toBe('publish.textRequired');
  });

  it("maps the API's nested field paths onto the form's inputs", () => {
    const values = pledgeTextValues(current);
    const { errors, unmatched } = problemToFormErrors(
      { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'optionalCommitments.0.id', reason: 'id must be 2 to 64 lower-case letters' }, { field: 'modelTrainingDuties.copyrightPolicy', reason: 'should not be empty' }] },
      { fields: pledgeTextFields(values) },
    );
    expect(errors).toEqual({ 'optionalCommitments.0.id': 'id must be 2 to 64 lower-case letters', 'modelTrainingDuties.copyrightPolicy': 'should not be empty' });
    expect(unmatched).toEqual([]);
  });
});
