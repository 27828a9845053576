import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';

// The inbox's words come written from the notifications service; the UI names the kinds only (the
// settings' rows, the webhook filter). The UI cannot import a service: this keeps the names whole.
const service = JSON.parse(readFileSync(new URL('../../../notifications/src/messages/locales/en.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('the kinds of notification the UI names', () => {
  it("are the notifications service's, every one", () => {
    const { email: _email, ...kinds } = service;
    expect(Object.keys(en.kinds).sort()).toEqual(Object.keys(kinds).sort());
  });
});
