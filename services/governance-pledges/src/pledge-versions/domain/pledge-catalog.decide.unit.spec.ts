import type { CommandContext } from '@hpc-access/eventsourcing';
import { deciderSpec } from '@hpc-access/testing';
import type { PledgeCatalogEvent, PledgeVersion } from './pledge-catalog';
import { currentPledgeVersion } from './pledge-catalog';
import { pledgeCatalogDecider } from './pledge-catalog.decide';
import type { PledgeText } from './pledge-text';

const now = new Date('2026-11-02T09:00:00.000Z');
const officer: CommandContext = { now, actor: { id: 'gov-1', role: 'governance-officer' } };
const seedActor: CommandContext = { now, actor: { id: 'governance-seed', role: 'system' } };
const text: PledgeText = {
  coreCommitments: { governanceStrategy: 'g', highRiskSystemsMap: 'm', aiLiteracy: 'l' },
  optionalCommitments: [{ id: 'human-oversight', text: 'o' }],
  civilianUse: 'c',
  modelTrainingDuties: { modelDocumentationForm: 'f', trainingDataSummary: 's', copyrightPolicy: 'p' },
};
const version = (pledgeVersion: number, extra: Partial<PledgeVersion> = {}): PledgeCatalogEvent => ({
  type: 'PledgeVersionPublished', data: { pledgeVersion, text, publishedBy: 'gov-1', publishedAt: now.toISOString(), resignBy: now.toISOString(), ...extra },
});
const spec = deciderSpec(pledgeCatalogDecider);
const publish = (t: PledgeText = text) => ({ type: 'PublishPledgeVersion' as const, data: { text: t, resignPeriodDays: 60 }, context: officer });

describe('the seeded pledge text', () => {
  it('the first start publishes version 1, with nothing to re-sign', () => {
    spec.given([]).when({ type: 'SeedPledgeText', data: { text }, context: seedActor }).then([version(1, { publishedBy: 'governance-seed' })]);
  });

  it('later starts publish nothing', () => {
    spec.given([version(1)]).when({ type: 'SeedPledgeText', data: { text }, context: seedActor }).then([]);
  });
});

describe('publishing a new version', () => {
  it('a new version is numbered after the last, and earlier signatures stay valid for the re-sign period', () => {
    spec.given([version(1)]).when(publish()).then([version(2, { resignBy: '2027-01-01T09:00:00.000Z' })]);
  });

  it('the newest version is the current one', () => {
    const state = spec.given([version(1)]).when(publish()).thenState({ versions: [{ pledgeVersion: 1 }, { pledgeVersion: 2 }] });
    expect(currentPledgeVersion(state)?.pledgeVersion).toBe(2);
  });

  it('optional commitments of a version have distinct ids', () => {
    spec.given([version(1)]).when(publish({ ...text, optionalCommitments: [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }] })).thenThrows('duplicate-optional-commitment', { kind: 'invalid', field: 'optionalCommitments' });
  });

  it('there is no current version before the seed', () => {
    expect(currentPledgeVersion({ versions: [] })).toBeNull();
  });
});
