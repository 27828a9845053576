import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import { organisationSummaryRows } from './organisation-summaries.projection';

describe('the organisation list as a fold of the organisation events', () => {
  it('registers an organisation and follows its pledge signature and withdrawal', () => {
    const next = recordedStream('organisation-org-1');
    const registered = next({ type: 'OrganisationRegistered', data: { organisationId: 'org-1', legalName: 'Tensor Forge GmbH', country: 'DE', registeredAt: '2026-01-01T08:00:00.000Z' } });
    const signed = next({ type: 'PledgeSignatureRecorded', data: { organisationId: 'org-1', pledgeVersion: '2' } });
    const barred = next({ type: 'OrganisationBarRecorded', data: { organisationId: 'org-1', reason: 'r', barredAt: '2026-01-02T00:00:00Z' } });
    const withdrawn = next({ type: 'PledgeWithdrawalRecorded', data: { organisationId: 'org-1' } });
    const row = { organisationId: 'org-1', legalName: 'Tensor Forge GmbH', country: 'DE', registeredAt: new Date('2026-01-01T08:00:00.000Z') };
    expect(foldRows(organisationSummaryRows('intake'), [registered, signed, barred])).toEqual([{ ...row, pledgeVersion: '2', revision: 1 }]);
    expect(foldRows(organisationSummaryRows('intake'), [registered, signed, barred, withdrawn])).toEqual([{ ...row, pledgeVersion: null, revision: 3 }]);
  });
});
