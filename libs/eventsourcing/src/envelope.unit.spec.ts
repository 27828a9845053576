import { checkpointOf, compareCheckpoints, START, type Checkpoint } from './envelope';

const at = (transactionId: string, globalPosition: string): Checkpoint => ({ transactionId, globalPosition });

describe('compareCheckpoints', () => {
  it('orders by transaction id first, even when the position says otherwise', () => {
    expect(compareCheckpoints(at('5', '10'), at('6', '2'))).toBe(-1);
    expect(compareCheckpoints(at('6', '2'), at('5', '10'))).toBe(1);
  });

  it('orders by global position within one transaction', () => {
    expect(compareCheckpoints(at('7', '3'), at('7', '4'))).toBe(-1);
    expect(compareCheckpoints(at('7', '4'), at('7', '3'))).toBe(1);
    expect(compareCheckpoints(at('7', '4'), at('7', '4'))).toBe(0);
  });

  it('compares numerically, not as text', () => {
    expect(compareCheckpoints(at('10', '1'), at('9', '1'))).toBe(1);
    expect(compareCheckpoints(at('1', '100'), at('1', '99'))).toBe(1);
  });

  it('tells apart values beyond 2^53, which a Number would round to the same', () => {
    expect(Number('9007199254740993')).toBe(Number('9007199254740992'));
    expect(compareCheckpoints(at('9007199254740993', '1'), at('9007199254740992', '1'))).toBe(1);
    expect(compareCheckpoints(at('1', '18446744073709551615'), at('1', '18446744073709551614'))).toBe(1);
    expect(compareCheckpoints(at('18446744073709551615', '18446744073709551615'), at('18446744073709551615', '18446744073709551615'))).toBe(0);
  });

  it('puts START before any stored event', () => {
    expect(compareCheckpoints(START, at('1', '1'))).toBe(-1);
  });

  it('sorts a list of checkpoints into global order', () => {
    const shuffled = [at('12', '3'), at('9007199254740993', '1'), at('12', '2'), at('9007199254740992', '4'), at('3', '5')];

    expect([...shuffled].sort(compareCheckpoints)).toEqual([
      at('3', '5'),
      at('12', '2'),
      at('12', '3'),
      at('9007199254740992', '4'),
      at('9007199254740993', '1'),
    ]);
  });
});

describe('checkpointOf', () => {
  it('takes the transaction id and global position of an event', () => {
    expect(checkpointOf({ transactionId: '42', globalPosition: '7' })).toEqual(at('42', '7'));
  });
});
