import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import { organisationPledgeStreamId } from '../domain/organisation-pledge';
import { breached, org, overdue, recorded, signed } from '../../testing-only/organisation-spec-fixtures';
import { organisationPledgeRows } from './organisation-pledges.projection';

describe("organisations' pledges as a fold of the pledge events", () => {
  it('keeps the folded state and the columns lists filter on', () => {
    const next = recordedStream(organisationPledgeStreamId(org));
    const events = [next(recorded), next(signed(1)), next(overdue()), next(breached('b-1', 'attestation-overdue', '2027-02-02'))];
    const [row] = foldRows(organisationPledgeRows('governance'), events);
    expect(row).toEqual(expect.objectContaining({
      organisationId: org, legalName: 'Tensor Forge GmbH', status: row!.state.status, signedVersion: 1, attestationOverdue: true,
      openBreaches: 1, openObligations: 0, overdueObligations: 0, suspended: false, updatedAt: events[3]!.recordedAt, revision: 3,
    }));
    expect(row!.nextAttestationDue).toEqual(row!.state.attestation?.nextDueAt ? new Date(row!.state.attestation.nextDueAt) : null);
  });

  it('leaves events of other streams alone', () => {
    expect(foldRows(organisationPledgeRows('governance'), [recordedStream('breach-report-r-1')(recorded)])).toEqual([]);
  });
});
