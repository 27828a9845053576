import type { ExpectedRevision } from '@hpc-access/eventsourcing';

/** How append_events() takes the expected revision: >= 0 exact, negative codes for the rest. */
export function expectedRevisionCode(expected: ExpectedRevision): number {
  switch (expected) {
    case 'no_stream':
      return -1;
    case 'any':
      return -2;
    case 'stream_exists':
      return -3;
    default:
      if (!Number.isInteger(expected) || expected < 0 || expected > 2_147_483_647) {
        throw new RangeError(`expected revision must be a non-negative integer, got ${expected}`);
      }
      return expected;
  }
}
