import { describe, expect, it } from 'vitest';
import { sacctBatches } from './sacct-batches';

describe('sacct batches', () => {
  it('repeats the header in each batch and keeps every data line once', () => {
    const file = 'JobID|Account\r\n1|a\n2|a\n\n3|b\n';
    expect(sacctBatches(file, 2)).toEqual(['JobID|Account\n1|a\n2|a\n', 'JobID|Account\n3|b\n']);
  });

  it('sends a header-only file as one batch (the API says what is missing) and nothing for an empty one', () => {
    expect(sacctBatches('JobID|Account\n', 10)).toEqual(['JobID|Account\n']);
    expect(sacctBatches('\n\n', 10)).toEqual([]);
  });
});
