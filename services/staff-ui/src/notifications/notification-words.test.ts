import { describe, expect, it } from 'vitest';
import { formatDate } from './notification-words';

describe('a date beside a notification', () => {
  it('is written in the language, in UTC as the service writes its dates', () => {
    expect(formatDate('2026-12-07T23:30:00Z', 'en-GB')).toBe('7 December 2026');
    expect(formatDate('2026-12-07', 'de')).toBe('7. Dezember 2026');
  });

  it('is left as it came when it is not a date', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
