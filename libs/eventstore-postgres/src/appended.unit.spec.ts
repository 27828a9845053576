import { parseAppended } from './appended';

describe("parsing append_events()'s report", () => {
  it('reads the positions and hashes of every appended event', () => {
    expect(parseAppended('812 4 aa 17 bb 19 cc')).toEqual({
      transactionId: '812',
      revision: 4,
      hashBefore: 'aa',
      globalPositions: ['17', '19'],
      hashes: ['bb', 'cc'],
    });
  });

  it('reads a new stream as chaining to nothing, and an empty append as no events', () => {
    expect(parseAppended('900 0 - 5 dd')).toMatchObject({ revision: 0, hashBefore: null, globalPositions: ['5'], hashes: ['dd'] });
    expect(parseAppended('901 -1 -')).toMatchObject({ revision: -1, hashBefore: null, globalPositions: [], hashes: [] });
  });
});
