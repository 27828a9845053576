import { awardDecision } from './award-decision';

describe('who decided an award', () => {
  it('a continuous award is the rule, whoever completed the application last', () => {
    expect(awardDecision({ scoredBy: null }, { kind: 'hold' })).toEqual({ kind: 'rule', rule: 'first-come-first-served', decidedBy: [] });
  });

  it('a Large Scale award at the cut-off or from the reserve list names the committee member who scored it', () => {
    expect(awardDecision({ scoredBy: 'carla' }, { kind: 'cut-off' })).toEqual({ kind: 'committee', rule: 'cut-off-ranking', decidedBy: ['carla'] });
    expect(awardDecision({ scoredBy: 'carla' }, { kind: 'reserve-list' })).toEqual({ kind: 'committee', rule: 'reserve-list', decidedBy: ['carla'] });
  });

  it('scores recorded before the scorer was kept name nobody rather than a wrong person', () => {
    expect(awardDecision({ scoredBy: undefined }, { kind: 'cut-off' })).toEqual({ kind: 'committee', rule: 'cut-off-ranking', decidedBy: [] });
  });
});
