import { api, unwrap } from '../../api/client';
import { revisionOfEtag, type Settings } from './settings-form';

/**
 * The versioned configuration of each service a role edits in the UI: read (the settings and the
 * revision, from the ETag every route sends) and replace (If-Match: a change made meanwhile is a 412,
 * never overwritten). Intake's programme rules are the administrator's alone: no UI role edits them.
 */
export type SettingsService = 'governance' | 'ethics' | 'accounting' | 'allocation';
export const SETTINGS_SERVICES: readonly SettingsService[] = ['governance', 'ethics', 'accounting', 'allocation'];

export interface VersionedSettings {
  settings: Settings;
  revision: number;
}

type Answer = { data?: unknown; error?: unknown; response: Response };

function versioned(answer: Answer, settingsOf: (body: Record<string, unknown>) => Settings): VersionedSettings {
  const body = unwrap(answer) as Record<string, unknown>;
  const revision = revisionOfEtag(answer.response.headers.get('etag')) ?? (typeof body['revision'] === 'number' ? body['revision'] : null);
  if (revision === null) throw new Error('the configuration came without its revision (ETag)');
  return { settings: settingsOf(body), revision };
}

/** The answer's settings without its revision (governance, ethics); accounting's are under `configuration`; allocation's are the body. */
const withoutRevision = (body: Record<string, unknown>): Settings => Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'revision'));
const underConfiguration = (body: Record<string, unknown>): Settings => body['configuration'] as Settings;
const whole = (body: Record<string, unknown>): Settings => body;

const ifMatch = (revision: number) => ({ header: { 'If-Match': `"${revision}"` } });

export async function readSettings(service: SettingsService): Promise<VersionedSettings> {
  switch (service) {
    case 'governance':
      return versioned(await api.GET('/api/governance/configuration'), withoutRevision);
    case 'ethics':
      return versioned(await api.GET('/api/ethics/configuration'), withoutRevision);
    case 'accounting':
      return versioned(await api.GET('/api/accounting/configuration'), underConfiguration);
    case 'allocation':
      return versioned(await api.GET('/api/allocation/configuration'), whole);
  }
}

// The body is the service's own shape, built from what it sent (settings-form.ts): the service
// validates it and answers problem+json at the fields it names.
export async function writeSettings(service: SettingsService, settings: Settings, revision: number): Promise<VersionedSettings> {
  const body = settings as never;
  switch (service) {
    case 'governance':
      return versioned(await api.PUT('/api/governance/configuration', { params: ifMatch(revision), body }), withoutRevision);
    case 'ethics':
      return versioned(await api.PUT('/api/ethics/configuration', { params: ifMatch(revision), body }), withoutRevision);
    case 'accounting':
      return versioned(await api.PUT('/api/accounting/configuration', { params: ifMatch(revision), body }), underConfiguration);
    case 'allocation':
      return versioned(await api.PUT('/api/allocation/configuration', { params: ifMatch(revision), body }), whole);
  }
}
