import { deciderSpec } from '@hpc-access/testing';
import { callDecider, isTenInBrussels, type CallEvent } from './call';
import { inCommitteeOrder, rank } from './ranking';

const context = { now: new Date('2026-11-02T09:00:00.000Z'), actor: { id: 'committee-1', role: 'allocation-committee' } };
const spec = deciderSpec(callDecider);
// 10:00 in Brussels is 09:00 UTC in winter and 08:00 UTC in summer.
const winter = '2026-11-16T09:00:00.000Z';
const summer = '2027-06-15T08:00:00.000Z';
const opened: CallEvent = { type: 'CallOpened', data: { callId: 'call-1', mode: 'large-scale', cutOffs: [winter, summer], openedAt: context.now.toISOString() } };

describe('Large Scale calls', () => {
  it('opens with its cut-offs in order', () => {
    spec.when({ type: 'OpenCall', data: { callId: 'call-1', mode: 'large-scale', cutOffs: [summer, winter] }, context }).then([opened]);
  });

  it('cut-offs are at 10:00 CET', () => {
    expect(isTenInBrussels(winter)).toBe(true);
    expect(isTenInBrussels(summer)).toBe(true);
    spec.when({ type: 'OpenCall', data: { callId: 'call-1', mode: 'large-scale', cutOffs: ['2026-11-16T10:00:00.000Z'] }, context }).thenThrows('cut-off-not-ten', { kind: 'invalid', field: 'cutOffs' });
  });

  it('Playground and Fast Lane have no calls', () => {
    spec.when({ type: 'OpenCall', data: { callId: 'call-1', mode: 'fast-lane', cutOffs: [winter] }, context }).thenThrows('continuous-mode', { kind: 'invalid', field: 'mode' });
  });

  it('cut-offs lie in the future and appear once; a call opens once', () => {
    spec.when({ type: 'OpenCall', data: { callId: 'call-1', mode: 'large-scale', cutOffs: ['2026-10-15T08:00:00.000Z'] }, context }).thenThrows('cut-off-in-past', { kind: 'invalid', field: 'cutOffs' });
    spec.when({ type: 'OpenCall', data: { callId: 'call-1', mode: 'large-scale', cutOffs: [winter, winter] }, context }).thenThrows('duplicate-cut-off', { kind: 'invalid', field: 'cutOffs' });
    spec.given([opened]).when({ type: 'OpenCall', data: { callId: 'call-1', mode: 'large-scale', cutOffs: [winter] }, context }).thenThrows('call-exists', { kind: 'conflict' });
  });

  it('records the ranking of a cut-off once', () => {
    const ranking = [{ rank: 1, applicationId: 'a', organisationId: 'o', weightedScore: 4, outcome: 'awarded' as const, gpuHours: 60000, allocationId: 'x' }];
    spec.given([opened]).when({ type: 'RecordCutOff', data: { index: 0, ranking }, context }).then([{ type: 'CutOffPassed', data: { callId: 'call-1', index: 0, cutOffAt: winter, ranking } }]);
    spec.given([opened, { type: 'CutOffPassed', data: { callId: 'call-1', index: 0, cutOffAt: winter, ranking } }]).when({ type: 'RecordCutOff', data: { index: 0, ranking: [] }, context }).then([]);
    spec.given([opened]).when({ type: 'RecordCutOff', data: { index: 5, ranking }, context }).thenThrows('cut-off-not-found', { kind: 'not_found' });
    spec.when({ type: 'RecordCutOff', data: { index: 0, ranking }, context }).thenThrows('call-not-found', { kind: 'not_found' });
  });
});

describe("the committee's order for a cut-off (ADR 35)", () => {
  const order = (o: string[], ranked = ['a', 'b', 'c'], reason = "b's plan is the stronger one") => ({ type: 'SetRankingOrder' as const, data: { index: 0, order: o, ranked, reason }, context });
  const passed: CallEvent = { type: 'CutOffPassed', data: { callId: 'call-1', index: 0, cutOffAt: winter, ranking: [] } };

  it('given an open call, when the committee orders every ranked application once with a reason, then the order is recorded', () => {
    spec.given([opened]).when(order(['b', 'a', 'c'])).then([{ type: 'RankingOrderSet', data: { callId: 'call-1', index: 0, order: ['b', 'a', 'c'], reason: "b's plan is the stronger one", setAt: context.now.toISOString() } }]);
  });

  it('given an order, when the state is folded, then the latest order counts for its cut-off', () => {
    const set = (o: string[]): CallEvent => ({ type: 'RankingOrderSet', data: { callId: 'call-1', index: 0, order: o, reason: 'why', setAt: context.now.toISOString() } });
    const state = [opened, set(['b', 'a']), set(['a', 'b'])].reduce(callDecider.evolve, callDecider.initialState());
    expect(state.orders).toEqual({ 0: { order: ['a', 'b'], reason: 'why' } });
  });

  it('when the order is not a permutation of the ranked applications, then it is refused at the field order', () => {
    for (const o of [['a', 'b'], ['a', 'b', 'c', 'd'], ['a', 'a', 'b'], ['a', 'b', 'x']]) {
      spec.given([opened]).when(order(o)).thenThrows('not-a-permutation', { kind: 'invalid', field: 'order' });
    }
  });

  it('when the reason is blank, then it is refused at the field reason', () => {
    spec.given([opened]).when(order(['a', 'b', 'c'], undefined, '   ')).thenThrows('reason-missing', { kind: 'invalid', field: 'reason' });
  });

  it('given the cut-off has passed, when the committee orders it, then it is a conflict; an unknown call or cut-off is not found', () => {
    spec.given([opened, passed]).when(order(['a', 'b', 'c'])).thenThrows('cut-off-passed', { kind: 'conflict' });
    spec.given([opened]).when({ ...order(['a', 'b', 'c']), data: { ...order(['a', 'b', 'c']).data, index: 7 } }).thenThrows('cut-off-not-found', { kind: 'not_found' });
    spec.when(order(['a', 'b', 'c'])).thenThrows('call-not-found', { kind: 'not_found' });
  });
});

describe('ranking at a cut-off', () => {
  const candidate = (applicationId: string, weightedScore: number, submittedAt = '2026-11-01T00:00:00Z', barred = false) => ({ applicationId, organisationId: 'o', weightedScore, submittedAt, barred });

  it('ranks by weighted score; ties go to the earlier submission', () => {
    const ranked = rank([candidate('b', 3.5), candidate('a', 4.2), candidate('c', 3.5, '2026-10-01T00:00:00Z')], 3);
    expect(ranked.map((r) => [r.rank, r.applicationId])).toEqual([[1, 'a'], [2, 'c'], [3, 'b']]);
  });

  it('below the threshold is not funded; a barred organisation is not funded whatever its score', () => {
    const ranked = rank([candidate('low', 2.9), candidate('barred', 5, undefined, true), candidate('ok', 3)], 3);
    expect(ranked.map((r) => [r.applicationId, r.verdict])).toEqual([['barred', 'barred'], ['ok', 'fund-if-capacity'], ['low', 'below-threshold']]);
  });

  it("follows the committee's order in the places its applications hold by score; the others keep theirs; verdicts stay", () => {
    const ranked = rank([candidate('a', 5), candidate('b', 4), candidate('late', 3.5), candidate('c', 3.2), candidate('low', 2)], 3);
    const ordered = inCommitteeOrder(ranked, ['c', 'a', 'gone', 'b', 'low']);
    expect(ordered.map((r) => [r.rank, r.applicationId, r.verdict])).toEqual([
      [1, 'c', 'fund-if-capacity'],
      [2, 'a', 'fund-if-capacity'],
      [3, 'late', 'fund-if-capacity'],
      [4, 'b', 'fund-if-capacity'],
      [5, 'low', 'below-threshold'],
    ]);
    expect(inCommitteeOrder(ranked, undefined)).toEqual(ranked);
  });
});
