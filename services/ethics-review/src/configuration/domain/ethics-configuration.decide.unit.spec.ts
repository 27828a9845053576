import { deciderSpec } from '@hpc-access/testing';
import { configurationDecider } from './ethics-configuration.decide';
import type { EthicsSettings } from './ethics-configuration';

const context = { now: new Date('2026-11-02T09:00:00.000Z'), actor: { id: 'admin-1', role: 'administrator' } };
const settings: EthicsSettings = { reviewersRequired: { playground: 1, 'fast-lane': 1, 'large-scale': 2 }, principles: ['humanAgency', 'fairness'], defaultConditionDueDays: 90, reviewDueDays: 10 };
const seeded = { type: 'EthicsConfigurationSeeded' as const, data: { settings } };
const spec = deciderSpec(configurationDecider);

describe('the ethics configuration', () => {
  it('is seeded once, at first start', () => {
    spec.when({ type: 'SeedConfiguration', data: { settings }, context }).then([seeded]);
    spec.given([seeded]).when({ type: 'SeedConfiguration', data: { settings: { ...settings, reviewDueDays: 3 } }, context }).then([]);
  });

  it('staff change it, each change an event naming who changed it', () => {
    const changed = { ...settings, reviewersRequired: { ...settings.reviewersRequired, 'large-scale': 3 } };
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { settings: changed }, context })
      .then([{ type: 'EthicsConfigurationChanged', data: { settings: changed, changedBy: 'admin-1' } }]);
  });

  it('saying again what it says records nothing', () => {
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { settings }, context }).then([]);
    // Stored as jsonb, the settings come back with their keys in another order: still the same settings.
    const reordered = { reviewDueDays: 10, defaultConditionDueDays: 90, principles: ['humanAgency', 'fairness'], reviewersRequired: { 'large-scale': 2, 'fast-lane': 1, playground: 1 } };
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { settings: reordered }, context }).then([]);
  });

  it('cannot be changed before it was seeded', () => {
    spec.when({ type: 'ChangeConfiguration', data: { settings }, context }).thenThrows('configuration-not-seeded', { kind: 'not_found' });
  });

  it('requires a reviewer per mode and a list of distinct principles', () => {
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { settings: { ...settings, reviewersRequired: { ...settings.reviewersRequired, playground: 0 } } }, context })
      .thenThrows('reviewers-required-invalid', { kind: 'invalid', field: 'reviewersRequired.playground' });
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { settings: { ...settings, principles: [] } }, context }).thenThrows('principles-empty', { field: 'principles' });
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { settings: { ...settings, principles: ['fairness', 'fairness'] } }, context }).thenThrows('principles-duplicated', { field: 'principles' });
  });
});
