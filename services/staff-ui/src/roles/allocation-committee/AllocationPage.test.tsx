// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import type { AllocationView } from './allocation-actions';
import en from './i18n/en.json';

// The API answers as the allocation service would; the page is what is under test.
const calls = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }));
vi.mock('../../api/client', async (original) => ({ ...(await original<typeof import('../../api/client')>()), api: { GET: calls.get, POST: calls.post } }));
vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

const { AllocationPage } = await import('./AllocationPage');

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const allocation = (over: Partial<AllocationView>): AllocationView => ({
  allocationId: 'a1',
  applicationId: 'p1',
  activatedAt: null,
  closure: null,
  decision: null,
  start: '2026-12-01',
  end: '2027-03-01',
  finalReportDue: null,
  finalReportOverdue: false,
  finalReportSubmittedAt: null,
  gpuHours: 12000,
  mode: 'fast-lane',
  monthlyQuotaGpuHours: 4000,
  organisationId: 'org-demo-aurora-models',
  partial: false,
  partition: 'lumi-g',
  projectId: 'EHPC-AIF-2026FL01-0001',
  revision: 7,
  status: 'suspended',
  suspendedBy: 'governance',
  suspensions: [
    { cause: 'governance', reason: 'Pledge withdrawn', since: '2026-12-02T00:00:00Z', actorId: 'governance-maria-santos', suspendedBy: 'governance' },
    { cause: 'overuse', reason: 'Used 140% of the month', since: '2026-12-03T00:00:00Z', actorId: null, suspendedBy: 'accounting' },
  ],
  system: 'lumi',
  ...over,
});

const renderPage = () =>
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AllocationPage allocationId="a1" />
      </QueryClientProvider>
    </MantineProvider>,
  );

beforeAll(() => {
  i18n.addResourceBundle('en', 'allocation-committee', en, true, true);
});

describe("the committee's allocation page", () => {
  it("resumes with the revision as If-Match and shows governance's reason that remains", async () => {
    calls.get.mockResolvedValue(ok(allocation({})));
    const remaining = allocation({}).suspensions.slice(0, 1);
    calls.post.mockResolvedValue(ok(allocation({ revision: 8, suspensions: remaining })));
    renderPage();
    await screen.findByText('Used 140% of the month');
    expect(screen.getByText(/Lifts the committee's 1 reason\(s\); 1 of governance's remain/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByText('Still suspended for');
    expect(calls.post).toHaveBeenCalledWith('/api/allocation/allocations/{id}/resumption', { params: { path: { id: 'a1' }, header: { 'If-Match': '"7"' } } });
    expect(screen.getByText('Governance: Pledge withdrawn')).toBeTruthy();
    expect(screen.queryByText('Used 140% of the month')).toBeNull();
  });

  it('offers no resume when only governance suspends, and says what closing early does before sending the reason', async () => {
    calls.get.mockResolvedValue(ok(allocation({ suspensions: allocation({}).suspensions.slice(0, 1) })));
    calls.post.mockReset();
    calls.post.mockResolvedValue(ok(allocation({ status: 'closed', suspensions: [], closure: { kind: 'revoked', reason: 'Award withdrawn after review', closedBy: 'committee-1' } })));
    renderPage();
    await screen.findByText('Pledge withdrawn');
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await screen.findByText(/The award of EHPC-AIF-2026FL01-0001 is withdrawn today .* goes back to the pool at once/);
    const confirm = within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'Award withdrawn after review' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(calls.post).toHaveBeenCalledWith('/api/allocation/allocations/{id}/early-closure', { params: { path: { id: 'a1' }, header: { 'If-Match': '"7"' } }, body: { kind: 'revoked', reason: 'Award withdrawn after review' } }));
    await screen.findByText('Revoked by committee-1: Award withdrawn after review');
  });
});
