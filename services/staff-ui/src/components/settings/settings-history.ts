import type { SettingsVersion } from './settings-services';

/** One setting a version changed: its path inside the configuration (`modes.playground.maxGpuHours`), before and after. */
export interface SettingChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** A version as the history shows it: what it changed against the version before (nothing for the first). */
export interface HistoryRow {
  version: SettingsVersion;
  changes: SettingChange[];
  /** The first version on the stream: the seed the service started from, compared with nothing. */
  first: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The leaves that differ between two configurations, depth first in the after's key order (then keys
 * only the before had). A list is one value: its items have no names to point at, so a changed list
 * shows whole, before and after.
 */
export function changesBetween(before: unknown, after: unknown, path = ''): SettingChange[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !(key in after))];
    return keys.flatMap((key) => changesBetween(before[key], after[key], path ? `${path}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, before, after }];
}

/** The history newest first, each version with what it changed against the one before it. */
export function historyRows(versions: readonly SettingsVersion[]): HistoryRow[] {
  const oldestFirst = [...versions].sort((a, b) => a.revision - b.revision);
  return oldestFirst
    .map((version, index) => {
      const previous = oldestFirst[index - 1];
      return { version, first: previous === undefined, changes: previous === undefined ? [] : changesBetween(previous.configuration, version.configuration) };
    })
    .reverse();
}

/** A value in a line of text: JSON, cut at `max` characters (a long list is there in full on the form). */
export function shortValue(value: unknown, max = 80): string {
  if (value === undefined) return '–';
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
