import { checkpointOf } from './platform-api';
import { asSiteOrder } from './site-order';

const view = {
  orderId: '01a2', siteId: 'cineca', system: 'leonardo', partition: 'booster', kind: 'create-project', projectId: 'EHPC-AIF-2026PG01-0001', allocationId: 'a1',
  members: ['alice'], gpuMinutes: 60, status: 'pending', attempt: 1, lastError: null, issuedAt: '2026-12-07T10:00:00Z', acknowledgedAt: null,
};

describe('what the platform sends, checked before it reaches a command line', () => {
  it('takes an order view as the contract describes it', () => {
    expect(asSiteOrder(view)).toEqual(view);
  });

  it('names what is wrong with an order it cannot take', () => {
    expect(asSiteOrder({ ...view, kind: 'delete-everything' })).toBe('kind delete-everything is not known to this agent');
    expect(asSiteOrder({ ...view, members: 'alice' })).toBe('members is not a list of names');
    expect(asSiteOrder({ ...view, gpuMinutes: -5 })).toBe('gpuMinutes is not a number of minutes');
    expect(asSiteOrder({ ...view, projectId: 7 })).toBe('projectId is not a string');
  });

  it('reads the platform’s usage checkpoint of the system', () => {
    expect(checkpointOf({ siteId: 'cineca', system: 'leonardo', checkpoint: '2026-12-07T13:51:35.000Z', checkpoints: [] }, 'leonardo')).toEqual(new Date('2026-12-07T13:51:35Z'));
    expect(checkpointOf({ siteId: 'cineca', system: null, checkpoint: null, checkpoints: [{ system: 'leonardo', checkpoint: '2026-12-07T13:00:00Z' }] }, 'leonardo')).toEqual(new Date('2026-12-07T13:00:00Z'));
    expect(checkpointOf({ checkpoint: 'not a time' }, 'leonardo')).toBeNull();
  });
});
