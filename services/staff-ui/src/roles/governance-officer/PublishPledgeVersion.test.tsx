// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../api/client';
import i18n from '../../i18n';
import en from './i18n/en.json';

const calls = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }));
vi.mock('../../api/client', async (original) => ({ ...(await original<typeof import('../../api/client')>()), api: { GET: calls.get, POST: calls.post } }));
vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

const { PublishPledgeVersion } = await import('./PublishPledgeVersion');

const text: Schemas['PledgeTextView'] = {
  coreCommitments: { governanceStrategy: 'A governance strategy', highRiskSystemsMap: 'A map', aiLiteracy: 'Literacy' },
  optionalCommitments: [{ id: 'human-oversight', text: 'Human oversight' }],
  civilianUse: 'Civilian use only.',
  modelTrainingDuties: { modelDocumentationForm: 'Form', trainingDataSummary: 'Summary', copyrightPolicy: 'Policy' },
};

beforeAll(() => {
  // Mantine's autosize Textarea listens for font loading; jsdom has no document.fonts.
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
  i18n.addResourceBundle('en', 'governance-officer', en, true, true);
  calls.get.mockImplementation(async (path: string) =>
    path === '/api/governance/pledge-versions'
      ? { data: { page: 1, pageSize: 1, total: 2, currentVersion: 2, items: [] }, response: new Response(null, { status: 200, headers: { ETag: '"5"' } }) }
      : { data: { pledgeVersion: 2, text, publishedBy: 'g', publishedAt: '2026-11-01T00:00:00Z', resignBy: '2026-12-01T00:00:00Z', current: true }, response: new Response(null, { status: 200 }) },
  );
});

describe('publishing a pledge version', () => {
  it("starts from the current text, says what publishing changes, and sends the list's ETag with an Idempotency-Key; a refused id is shown at its input", async () => {
    calls.post.mockResolvedValueOnce({ error: { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'optionalCommitments.0.id', reason: 'id is reserved' }] }, response: new Response(null, { status: 400 }) });
    calls.post.mockResolvedValueOnce({ data: { pledgeVersion: 3, text, publishedBy: 'g', publishedAt: '2026-12-08T00:00:00Z', resignBy: '2027-01-08T00:00:00Z', current: true }, response: new Response(null, { status: 201 }) });
    render(
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <PublishPledgeVersion currentVersion={2} />
        </QueryClientProvider>
      </MantineProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Publish a new version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 3 of the pledge' });
    expect(within(dialog).getByText(/every organisation must sign it again/)).toBeTruthy();
    const civilian = within(dialog).getByRole('textbox', { name: /^Civilian use/ }) as HTMLTextAreaElement;
    expect(civilian.value).toBe('Civilian use only.');
    fireEvent.change(civilian, { target: { value: 'Civilian use only. Dual-use requests are declined.' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Summary of changes/ }), { target: { value: 'Dual use declined' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish version 3' }));
    await within(dialog).findByText('id is reserved');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish version 3' }));
    await waitFor(() => expect(calls.post).toHaveBeenCalledTimes(2));
    const [path, options] = calls.post.mock.calls[1] as [string, { params: { header: Record<string, string> }; body: Schemas['PledgeTextDto'] }];
    expect(path).toBe('/api/governance/pledge-versions');
    expect(options.params.header['If-Match']).toBe('"5"');
    expect(options.params.header['Idempotency-Key']).toMatch(/^ui-[0-9a-f-]{36}$/);
    // The same key for the retry: one publication however often it is sent.
    expect((calls.post.mock.calls[0] as [string, { params: { header: Record<string, string> } }])[1].params.header['Idempotency-Key']).toBe(options.params.header['Idempotency-Key']);
    expect(options.body).toEqual({ ...text, civilianUse: 'Civilian use only. Dual-use requests are declined.', summaryOfChanges: 'Dual use declined' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
