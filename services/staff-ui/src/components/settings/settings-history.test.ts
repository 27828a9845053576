import { describe, expect, it } from 'vitest';
import { changesBetween, historyRows, shortValue } from './settings-history';
import type { SettingsVersion } from './settings-services';

const version = (revision: number, configuration: Record<string, unknown>, extra: Partial<SettingsVersion> = {}): SettingsVersion => ({
  type: revision === 0 ? 'ConfigurationSeeded' : 'ConfigurationChanged',
  revision,
  recordedAt: `2026-11-0${revision + 1}T09:00:00.000Z`,
  actor: revision === 0 ? { id: 'governance', role: 'system' } : { id: 'gov-1', role: 'governance-officer' },
  configuration,
  reason: null,
  data: { configuration },
  ...extra,
});

describe('the history of a configuration', () => {
  it('names each changed leaf by its path, with before and after; a list changes whole', () => {
    const before = { gracePeriodDays: 30, modes: { playground: { maxGpuHours: 5000, durationsMonths: [1, 2, 3] }, 'fast-lane': { maxGpuHours: 50000 } }, gone: 1 };
    const after = { gracePeriodDays: 30, modes: { playground: { maxGpuHours: 6000, durationsMonths: [1, 2, 3, 6] }, 'fast-lane': { maxGpuHours: 50000 } }, added: true };
    expect(changesBetween(before, after)).toEqual([
      { path: 'modes.playground.maxGpuHours', before: 5000, after: 6000 },
      { path: 'modes.playground.durationsMonths', before: [1, 2, 3], after: [1, 2, 3, 6] },
      { path: 'added', before: undefined, after: true },
      { path: 'gone', before: 1, after: undefined },
    ]);
    expect(changesBetween(before, structuredClone(before))).toEqual([]);
  });

  it('lists the versions newest first, each against the one before it, whatever order they came in', () => {
    const rows = historyRows([version(1, { a: 2, b: 1 }), version(0, { a: 1, b: 1 }), version(2, { a: 2, b: 5 }, { reason: 'new call' })]);
    expect(rows.map((r) => [r.version.revision, r.first, r.changes.map((c) => c.path), r.version.reason])).toEqual([
      [2, false, ['b'], 'new call'],
      [1, false, ['a'], null],
      [0, true, [], null],
    ]);
  });

  it('shows a value as JSON cut to a line, and a missing one as a dash', () => {
    expect(shortValue(14)).toBe('14');
    expect(shortValue(['humanAgency', 'fairness'])).toBe('["humanAgency","fairness"]');
    expect(shortValue('x'.repeat(100), 10)).toBe('"xxxxxxxx…');
    expect(shortValue(undefined)).toBe('–');
  });
});
