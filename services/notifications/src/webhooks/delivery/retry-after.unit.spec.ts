import { retryAfterMsOf } from './retry-after';

const now = new Date('2026-11-02T09:00:00.000Z');

describe('Retry-After, as a receiver may send it', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterMsOf('120', now)).toBe(120_000);
    expect(retryAfterMsOf(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP-date as the wait until then, and a date already past as none', () => {
    expect(retryAfterMsOf('Mon, 02 Nov 2026 09:05:00 GMT', now)).toBe(300_000);
    expect(retryAfterMsOf('Mon, 02 Nov 2026 08:00:00 GMT', now)).toBe(0);
  });

  it('ignores what is absent or cannot be read: the ordinary schedule applies', () => {
    expect(retryAfterMsOf(undefined, now)).toBeUndefined();
    expect(retryAfterMsOf('-5', now)).toBeUndefined();
    expect(retryAfterMsOf('1.5', now)).toBeUndefined();
    expect(retryAfterMsOf('soon', now)).toBeUndefined();
    expect(retryAfterMsOf('2026-11-02T09:05:00Z', now)).toBeUndefined();
    expect(retryAfterMsOf('Mon, 02 Nov 2026 25:61:00 GMT', now)).toBeUndefined();
  });
});
