import { NOTIFICATION_KINDS } from '../shared/notification';
import type { NotificationKind } from '../shared/notification';
import { FACT_NAMES, VARIANTS, missingFacts } from './facts';
import { formatDate } from './format';
import { MISSING_FACT, renderNotification } from './render';
import { exampleNotification } from './testing-only/example-notifications';

const BASE_URL = 'https://hpc-access.example/ui/';
// Facts that choose the words rather than appear in them.
const CHOOSERS = new Set(['outcome', 'requestedBy']);

function shownForm(name: string, value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item: string) => item.replace(/[.\s]+$/, ''));
  if (typeof value === 'number') return [new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(Math.floor(value))];
  if (typeof value === 'string' && name.endsWith('At')) return [formatDate(value, 'en')];
  if (name === 'month') return [new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`))];
  return [String(value)];
}

describe.each(NOTIFICATION_KINDS.map((kind) => [kind]))('a %s notification rendered in English', (kind: NotificationKind) => {
  const content = exampleNotification(kind);
  const rendered = renderNotification(content, 'en', BASE_URL);
  const words = `${rendered.subject}\n${rendered.whatHappened}\n${rendered.nextStep}`;

  it('has a subject, what happened and a next step, with every placeholder filled', () => {
    expect(missingFacts(kind, content.facts)).toEqual([]);
    for (const part of [rendered.subject, rendered.whatHappened, rendered.nextStep]) {
      expect(part.length).toBeGreaterThan(10);
      expect(part).not.toContain('{{');
      expect(part).not.toContain(MISSING_FACT);
      expect(part).not.toContain(`${kind}.`);
    }
    expect(rendered.nextStep).not.toEqual(rendered.whatHappened);
  });

  it('names its facts', () => {
    for (const name of FACT_NAMES[kind].filter((fact) => !CHOOSERS.has(fact))) {
      for (const shown of shownForm(name, content.facts[name])) expect(words).toContain(shown);
    }
  });

  it('links to the screen where the person acts, under the base URL', () => {
    expect(rendered.url).toBe(`https://hpc-access.example/ui${content.link}`);
  });

  it('says by when exactly when the notification has a due date', () => {
    if (content.dueBy === undefined) expect(rendered.dueBy).toBeUndefined();
    else expect(rendered.dueBy).toBe(formatDate(content.dueBy, 'en'));
  });
});

describe('renderNotification', () => {
  it('writes the due date as a date in words', () => {
    const rendered = renderNotification(exampleNotification('attestation-due'), 'en', BASE_URL);
    expect(rendered.dueBy).toBe('February 28, 2027');
  });

  it('falls back to English for a language without a catalogue, and for a regional variant of English', () => {
    const content = exampleNotification('allocation-suspended');
    const english = renderNotification(content, 'en', BASE_URL);
    expect(renderNotification(content, 'xx', BASE_URL)).toEqual(english);
    expect(renderNotification(content, 'not a language tag', BASE_URL)).toEqual(english);
    expect(renderNotification(content, 'EN-gb', BASE_URL)).toEqual(english);
  });

  it('chooses the words by the variant a fact names', () => {
    for (const [kind, variants] of Object.entries(VARIANTS) as [NotificationKind, string[]][]) {
      const texts = new Set<string>();
      const base = exampleNotification(kind);
      for (const variant of variants) {
        const facts = kind === 'usage-threshold' ? { ...base.facts, thresholdPercent: 100 } : { ...base.facts, [kind === 'information-requested' ? 'requestedBy' : 'outcome']: variant };
        texts.add(renderNotification({ ...base, facts }, 'en', BASE_URL).whatHappened);
      }
      texts.add(renderNotification({ ...base, facts: { ...base.facts, outcome: '?', requestedBy: '?', thresholdPercent: 75 } }, 'en', BASE_URL).whatHappened);
      expect(texts.size).toBe(variants.length + 1);
    }
  });

  it('shows a missing fact as a visible gap rather than failing the delivery', () => {
    const content = exampleNotification('allocation-suspended', { facts: { allocationId: 'alloc-1' } });
    expect(missingFacts('allocation-suspended', content.facts)).toEqual(['reason']);
    expect(renderNotification(content, 'en', BASE_URL).whatHappened).toContain(`Reason: ${MISSING_FACT}`);
  });

  it('keeps free text as it is: escaping is the HTML channel\'s business', () => {
    const rendered = renderNotification(exampleNotification('allocation-suspended'), 'en', BASE_URL);
    expect(rendered.whatHappened).toContain('<B-12>');
  });
});
