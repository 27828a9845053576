import { parseInstances } from './start-distributed';

describe('HPC_INSTANCES', () => {
  it('names how many processes of a service to run', () => {
    expect(parseInstances('intake=2')).toEqual({ intake: 2 });
    expect(parseInstances('')).toEqual({});
  });

  it('refuses an unknown service or a count that is not a positive integer', () => {
    expect(() => parseInstances('billing=2')).toThrow('HPC_INSTANCES: "billing=2" is not <service>=<count> for a known service');
    expect(() => parseInstances('intake=0')).toThrow('"intake=0"');
    expect(() => parseInstances('intake')).toThrow('"intake"');
  });
});
