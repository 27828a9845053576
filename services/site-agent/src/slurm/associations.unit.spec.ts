import { gpuMinutesOf, parseAssociations } from './associations';

describe('sacctmgr associations', () => {
  it('reads the account’s limit from its own association and its users from the others (real output of the test bed)', () => {
    const text = 'root||\nroot|root|\nehpc-aif-2026pg01-0001||gres/gpu=60\nehpc-aif-2026pg01-0001|testbed-bob|\nehpc-aif-2026pg01-0001|testbed-alice|\nproj-legacy||cpu=100\n';
    const accounts = parseAssociations(text);
    expect(accounts.get('ehpc-aif-2026pg01-0001')).toEqual({ account: 'ehpc-aif-2026pg01-0001', gpuMinutes: 60, users: ['testbed-alice', 'testbed-bob'] });
    expect(accounts.get('proj-legacy')).toEqual({ account: 'proj-legacy', gpuMinutes: null, users: [] });
    expect(accounts.get('root')?.users).toEqual(['root']);
  });

  it('finds gres/gpu in a TRES list, and nothing where there is none', () => {
    expect(gpuMinutesOf('cpu=10,gres/gpu=0')).toBe(0);
    expect(gpuMinutesOf('')).toBeNull();
  });
});
