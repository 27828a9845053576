// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import en from './i18n/en.json';

// The allocation service answers a page of one per state; its total is the count.
const calls = vi.hoisted(() => ({ get: vi.fn() }));
vi.mock('../../api/client', async (original) => ({ ...(await original<typeof import('../../api/client')>()), api: { GET: calls.get } }));

const { AllocationCounts } = await import('./AllocationCounts');

const TOTALS: Record<string, number> = { awarded: 2, active: 5, suspended: 1, closed: 0 };

beforeAll(() => {
  i18n.addResourceBundle('en', 'allocation-committee', en, true, true);
});

// Typing and rendering take seconds when the machine is shared: a longer limit than Vitest's 5 s.
describe("the committee home's allocations", () => {
  it('counts each state with one small request and links each count to the list filtered by it', async () => {
    calls.get.mockImplementation(async (_path: string, { params }: { params: { query: { status: string } } }) => ({
      data: { items: [], page: 1, pageSize: 1, total: TOTALS[params.query.status] },
      response: new Response(null, { status: 200 }),
    }));
    const router = createRouter({ routeTree: createRootRoute({ component: AllocationCounts }), history: createMemoryHistory({ initialEntries: ['/'] }) });
    render(
      <MantineProvider>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>,
    );
    const suspended = await screen.findByRole('link', { name: 'Suspended: 1' }, { timeout: 5000 });
    expect(suspended.getAttribute('href')).toBe('/allocation-committee/allocations?status=suspended');
    expect(screen.getByRole('link', { name: 'Active: 5' }).getAttribute('href')).toBe('/allocation-committee/allocations?status=active');
    expect(screen.getByRole('link', { name: 'Closed: 0' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All allocations' }).getAttribute('href')).toBe('/allocation-committee/allocations');
    expect(calls.get).toHaveBeenCalledTimes(4);
    expect(calls.get).toHaveBeenCalledWith('/api/allocation/allocations', { params: { query: { status: 'awarded', page: 1, pageSize: 1 } } });
  }, 20_000);
});
