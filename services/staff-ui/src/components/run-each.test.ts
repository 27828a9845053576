import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/client';
import { runEach } from './run-each';

describe('runEach', () => {
  it('tries every item and names each failure with the reason the API gave', async () => {
    const done: number[] = [];
    const failures = await runEach(
      [1, 2, 3],
      async (n) => {
        if (n === 2) throw new ApiProblem({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'already acknowledged' });
        if (n === 3) throw new Error('network down');
        done.push(n);
      },
      (n) => `order ${n}`,
    );
    expect(done).toEqual([1]);
    expect(failures).toEqual(['order 2: already acknowledged', 'order 3: network down']);
  });
});
