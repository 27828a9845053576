import { NOTIFICATION_KINDS } from '../shared/notification';
import { VARIANTS } from './facts';
import { CATALOGUES, FALLBACK_LANGUAGE } from './locales';
import { hasMessage } from './render';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const languages = Object.keys(CATALOGUES);

describe('the message catalogues', () => {
  it('include English, the fallback', () => {
    expect(languages).toContain(FALLBACK_LANGUAGE);
  });

  it('are checked per language: a language without a catalogue does not borrow English words', () => {
    expect(hasMessage('allocation-resumed.subject', FALLBACK_LANGUAGE)).toBe(true);
    expect(hasMessage('allocation-resumed.subject', 'zz')).toBe(false);
  });

  it.each(languages)('%s has a subject, what happened and a next step for every kind, and words for every variant', (language) => {
    const missing: string[] = [];
    for (const kind of NOTIFICATION_KINDS) {
      const keys = ['subject', 'whatHappened', 'nextStep'].map((part) => `${kind}.${part}`);
      for (const variant of VARIANTS[kind] ?? []) keys.push(`${kind}.whatHappened_${variant}`);
      missing.push(...keys.filter((key) => !hasMessage(key, language)));
    }
    for (const key of ['email.dueBy', 'email.open', 'email.linkIntro', 'email.automatic']) {
      if (!hasMessage(key, language)) missing.push(key);
    }
    expect(missing).toEqual([]);
  });

  it.each(languages)('%s has every key English has, and none English lacks', (language) => {
    const english = keysOf(CATALOGUES[FALLBACK_LANGUAGE]).sort();
    expect(keysOf(CATALOGUES[language]).sort()).toEqual(english);
  });

  it('has no section for a kind that does not exist', () => {
    const sections = Object.keys(CATALOGUES[FALLBACK_LANGUAGE]).filter((section) => section !== 'email');
    expect(sections.sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });
});
