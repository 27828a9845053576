// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import type { HistorySearch } from './history-search';
import en from './i18n/en.json';

// The services answer with a list per kind; the picker is what is under test.
vi.mock('./entity-history', () => ({
  fetchEntities: vi.fn(async (kind: string) => [{ value: `${kind}-1`, label: `The first ${kind}` }]),
  fetchHistory: vi.fn(async () => []),
}));

const { AuditorHome } = await import('./AuditorHome');

beforeAll(() => {
  i18n.addResourceBundle('en', 'auditor', en, true, true);
});

// Typing and rendering take seconds when the machine is shared: a longer limit than Vitest's 5 s.
describe("the auditor's home", () => {
  it('empties the entity search when another kind is picked (the old kind\'s text stayed)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const page = (search: HistorySearch) => (
      <MantineProvider>
        <QueryClientProvider client={client}>
          <AuditorHome search={search} onSearch={() => undefined} />
        </QueryClientProvider>
      </MantineProvider>
    );
    const { rerender } = render(page({ kind: 'application' }));
    const entity = () => screen.getByRole('combobox', { name: 'Entity' }) as HTMLInputElement;
    const user = userEvent.setup({ delay: null });
    await user.type(entity(), 'abc');
    expect(entity().value).toBe('abc');
    // Leaving the field (to pick another kind) and the kind changing in the URL.
    await user.tab();
    rerender(page({ kind: 'call' }));
    await waitFor(() => expect(entity().value).toBe(''));
    // What is typed for the new kind shows, and stays its own.
    await user.type(entity(), 'x');
    expect(entity().value).toBe('x');
  }, 20_000);
});
