import type { Problem } from '../../api/client';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A service's versioned configuration as a form: each top-level setting that is a number is a number
 * input, anything else (lists, nested rules) the JSON of that setting, so a screen serves every
 * service's shape without copying it (the service validates the whole and answers problem+json).
 */
export type Settings = Record<string, unknown>;
export type SettingKind = 'number' | 'json';
export interface SettingField {
  key: string;
  kind: SettingKind;
}
export type SettingsFormValues = Record<string, number | string>;

export function fieldsOf(settings: Settings): SettingField[] {
  return Object.keys(settings).map((key) => ({ key, kind: typeof settings[key] === 'number' ? 'number' : 'json' }));
}

export function toFormValues(settings: Settings): SettingsFormValues {
  const values: SettingsFormValues = {};
  for (const { key, kind } of fieldsOf(settings)) values[key] = kind === 'number' ? (settings[key] as number) : JSON.stringify(settings[key] ?? null, null, 2);
  return values;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Checked as typed: a number is a finite number, a JSON setting parses. The service checks the meaning. */
export function settingsValidators(fields: readonly SettingField[], t: Translate): Record<string, (value: number | string) => string | null> {
  return Object.fromEntries(
    fields.map(({ key, kind }) => [
      key,
      (value: number | string) => {
        if (kind === 'number') return typeof value === 'number' && Number.isFinite(value) ? null : t('settings.number');
        return parseJson(String(value)).ok ? null : t('settings.json');
      },
    ]),
  );
}

/** The body to send: numbers as numbers, JSON settings parsed (only called once the form validated). */
export function fromFormValues(fields: readonly SettingField[], values: SettingsFormValues): Settings {
  const settings: Settings = {};
  for (const { key, kind } of fields) {
    const value = values[key];
    if (kind === 'number') settings[key] = value;
    else {
      const parsed = parseJson(String(value));
      if (!parsed.ok) throw new Error(`${key} is not JSON`);
      settings[key] = parsed.value;
    }
  }
  return settings;
}

/** The settings whose value changed: what the save will touch, said before it does. */
export function changedKeys(before: Settings, after: Settings): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * A problem's field errors for a form whose fields are the top-level settings: an error deeper in a
 * JSON setting (`modes.playground.maxGpuHours`) lands on its setting, with the path it names kept in
 * the message (the setting's text does not show where).
 */
export function withNestedPaths(problem: Problem, fields: readonly SettingField[]): Problem {
  const keys = new Set(fields.map((f) => f.key));
  if (!problem.errors) return problem;
  return {
    ...problem,
    errors: problem.errors.map((e) => {
      const top = e.field.split(/[.[]/)[0] ?? e.field;
      return keys.has(top) && top !== e.field ? { ...e, reason: `${e.field.slice(top.length).replace(/^\./, '')}: ${e.reason}` } : e;
    }),
  };
}

/** `attestationWindowDays` as words when no label is translated: "Attestation window days". */
export function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A revision from an ETag (`"7"` or `W/"7"`), as the API sends it. */
export function revisionOfEtag(etag: string | null): number | null {
  const match = /^(?:W\/)?"(\d+)"$/.exec(etag ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * A problem about a body that holds the settings under a key (intake's `{ rules, reason }`): its
 * fields as the form names them (`rules.modes.playground` → `modes.playground`); others (`reason`) as they are.
 */
export function withoutPrefix(problem: Problem, prefix: string | undefined): Problem {
  if (!prefix || !problem.errors) return problem;
  return { ...problem, errors: problem.errors.map((e) => (e.field.startsWith(prefix) ? { ...e, field: e.field.slice(prefix.length) } : e)) };
}
