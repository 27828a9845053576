import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';

// The inbox says what the e-mail says: the words are the notifications service's catalogue
// (services/notifications/src/messages/locales/en.json, less the e-mail's own lines). The UI
// cannot import a service; this keeps the copy from drifting.
const service = JSON.parse(readFileSync(new URL('../../../notifications/src/messages/locales/en.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe("the inbox's words", () => {
  it("are the notifications service's, kind by kind", () => {
    const { email: _email, ...kinds } = service;
    expect(en.words).toEqual(kinds);
  });

  it('name every kind for the settings and the webhook filter', () => {
    expect(Object.keys(en.kinds).sort()).toEqual(Object.keys(en.words).sort());
  });
});
