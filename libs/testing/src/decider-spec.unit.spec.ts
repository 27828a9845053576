import { conflict, type Decider } from '@hpc-access/eventsourcing';
import { deciderSpec } from './decider-spec';

type Command = { type: 'Open'; data: { id: string } } | { type: 'Close'; data: { reason: string } };
type Event = { type: 'Opened'; data: { id: string } } | { type: 'Closed'; data: { reason: string } };
type State = { status: 'none' | 'open' | 'closed' };

const door: Decider<Command, State, Event> = {
  initialState: () => ({ status: 'none' }),
  evolve: (_, event) => ({ status: event.type === 'Opened' ? 'open' : 'closed' }),
  decide: (command, state) => {
    if (command.type === 'Open') {
      if (state.status !== 'none') throw conflict('already_opened', 'the door was opened before');
      return [{ type: 'Opened', data: command.data }];
    }
    if (state.status !== 'open') throw conflict('not_open', 'only an open door closes', 'status');
    return [{ type: 'Closed', data: command.data }];
  },
};

describe('deciderSpec', () => {
  it('passes when the decided events are the expected ones', () => {
    const decided = deciderSpec(door).given([]).when({ type: 'Open', data: { id: 'd-1' } }).then([{ type: 'Opened', data: { id: 'd-1' } }]);
    expect(decided).toHaveLength(1);
  });

  it('fails when they are not', () => {
    expect(() => deciderSpec(door).when({ type: 'Open', data: { id: 'd-1' } }).then([])).toThrow();
  });

  it('folds the given events first', () => {
    deciderSpec(door)
      .given([{ type: 'Opened', data: { id: 'd-1' } }])
      .when({ type: 'Close', data: { reason: 'evening' } })
      .then([{ type: 'Closed', data: { reason: 'evening' } }]);
  });

  it('checks the state after the decision', () => {
    const state = deciderSpec(door).given([]).when({ type: 'Open', data: { id: 'd-1' } }).thenState({ status: 'open' });
    expect(state).toEqual({ status: 'open' });
  });

  it('passes on the expected refusal and returns it', () => {
    const error = deciderSpec(door).given([]).when({ type: 'Close', data: { reason: 'x' } }).thenThrows('not_open', { kind: 'conflict', field: 'status' });
    expect(error.message).toBe('only an open door closes');
  });

  it('fails on another refusal, or none', () => {
    const spec = deciderSpec(door).given([{ type: 'Opened', data: { id: 'd-1' } }]);
    expect(() => spec.when({ type: 'Open', data: { id: 'd-2' } }).thenThrows('not_open')).toThrow();
    expect(() => spec.when({ type: 'Close', data: { reason: 'x' } }).thenThrows('not_open')).toThrow(/expected a DomainError 'not_open', got no error/);
  });

  it('says so when awaited by mistake', async () => {
    const outcome = deciderSpec(door).when({ type: 'Open', data: { id: 'd-1' } });
    await expect(Promise.resolve(outcome as unknown)).rejects.toThrow(/do not await/);
  });
});
