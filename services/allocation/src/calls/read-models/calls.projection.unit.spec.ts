import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import { callRows } from './calls.projection';

const CALL = '0192f0c4-7a5e-7c1d-9a4e-2f7b5c3d1e0f';
const CUT_OFFS = ['2026-03-02T09:00:00.000Z', '2026-06-01T08:00:00.000Z'];
const OPENED_AT = '2026-01-05T10:00:00.000Z';

/** The call's stream: opened, then the given cut-offs passed, in order. */
function callStream(...passedCutOffs: number[]) {
  const next = recordedStream(`allocation-call-${CALL}`);
  return [
    next({ type: 'CallOpened', data: { callId: CALL, mode: 'large-scale', cutOffs: CUT_OFFS, openedAt: OPENED_AT } }),
    ...passedCutOffs.map((index) => next({ type: 'CutOffPassed', data: { callId: CALL, index, cutOffAt: CUT_OFFS[index], ranking: [] } })),
  ];
}

describe('the calls read model (a pure fold)', () => {
  it('an opened call has its cut-offs, none passed', () => {
    expect(foldRows(callRows('s'), callStream())).toEqual([{ callId: CALL, mode: 'large-scale', cutOffs: CUT_OFFS, passed: 0, openedAt: new Date(OPENED_AT), revision: 0 }]);
  });

  it('counts each cut-off that passed', () => {
    expect(foldRows(callRows('s'), callStream(0, 1))).toEqual([expect.objectContaining({ passed: 2, revision: 2 })]);
  });

  it('an event it has seen changes nothing (replay)', () => {
    const [opened, first] = callStream(0);
    expect(foldRows(callRows('s'), [opened, first, first, opened])).toEqual([expect.objectContaining({ passed: 1, revision: 1 })]);
  });

  it('a cut-off of a call it never saw opened writes no row', () => {
    const [, first] = callStream(0);
    expect(foldRows(callRows('s'), [first])).toEqual([]);
  });
});
