import { api, unwrap, type Schemas } from '../../api/client';
import { revisionOfEtag, type Settings } from './settings-form';

/**
 * The versioned configuration of each service a role edits in the UI: read (the settings and the
 * revision, from the ETag every route sends) and replace (If-Match: a change made meanwhile is a 412,
 * never overwritten). Intake's programme rules are the administrator's alone, and a change of them
 * carries its reason.
 */
export type SettingsService = 'intake' | 'governance' | 'ethics' | 'accounting' | 'allocation';
export const SETTINGS_SERVICES: readonly SettingsService[] = ['intake', 'governance', 'ethics', 'accounting', 'allocation'];

/** The services whose change is recorded with a reason the editor gives (intake's programme rules). */
export const ASKS_REASON: ReadonlySet<SettingsService> = new Set(['intake']);

/** Where the settings sit in a change's body, so a problem's field (`rules.modes…`) finds its setting. */
export const FIELD_PREFIX: Partial<Record<SettingsService, string>> = { intake: 'rules.' };

export type SettingsVersion = Schemas['ConfigurationVersion'];

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
const underRules = (body: Record<string, unknown>): Settings => body['rules'] as Settings;
const whole = (body: Record<string, unknown>): Settings => body;

const ifMatch = (revision: number) => ({ header: { 'If-Match': `"${revision}"` } });

export async function readSettings(service: SettingsService): Promise<VersionedSettings> {
  switch (service) {
    case 'intake':
      return versioned(await api.GET('/api/intake/configuration'), underRules);
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
export async function writeSettings(service: SettingsService, settings: Settings, revision: number, reason = ''): Promise<VersionedSettings> {
  const body = settings as never;
  switch (service) {
    case 'intake':
      return versioned(await api.PUT('/api/intake/configuration', { params: ifMatch(revision), body: { rules: body, reason } }), underRules);
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

/** Every version of the service's configuration, oldest first as the API answers (the page shows them newest first). */
export async function readHistory(service: SettingsService): Promise<SettingsVersion[]> {
  const answer = await (async () => {
    switch (service) {
      case 'intake':
        return api.GET('/api/intake/configuration/history');
      case 'governance':
        return api.GET('/api/governance/configuration/history');
      case 'ethics':
        return api.GET('/api/ethics/configuration/history');
      case 'accounting':
        return api.GET('/api/accounting/configuration/history');
      case 'allocation':
        return api.GET('/api/allocation/configuration/history');
    }
  })();
  return unwrap(answer).events;
}
