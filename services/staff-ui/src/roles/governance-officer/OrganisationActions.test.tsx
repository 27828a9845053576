// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../api/client';
import i18n from '../../i18n';
import en from './i18n/en.json';

// The API answers as governance would; the officer's actions are what is under test.
const calls = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn() }));
vi.mock('../../api/client', async (original) => ({ ...(await original<typeof import('../../api/client')>()), api: { GET: calls.get, POST: calls.post } }));
vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

const { StandingActions } = await import('./StandingActions');
const { ObligationsCard } = await import('./ObligationsCard');

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const problem = (error: unknown, status: number) => ({ error, response: new Response(null, { status }) });
type Organisation = Schemas['OrganisationPledgeView'];
const organisation = (over: Partial<Organisation>): Organisation => ({
  organisationId: 'org-demo-lumen',
  legalName: 'Lumen AI',
  country: 'FI',
  status: 'signed',
  lapsed: false,
  signature: null,
  attestation: null,
  attestations: [],
  obligations: [],
  breaches: [],
  openBreaches: 0,
  suspended: false,
  suspension: null,
  revision: 7,
  ...over,
});
const breach: Schemas['BreachView'] = { breachId: 'b-7', cause: 'report', ref: 'r-7', reason: 'Summary never published', breachedAt: '2026-11-01T00:00:00Z', remediedAt: null };
const obligation = (over: Partial<Schemas['ObligationView']>): Schemas['ObligationView'] => ({
  obligationId: 'ob-1',
  applicationId: 'app-1',
  text: 'Publish the model card',
  dueDate: '2026-10-01',
  dueAt: '2026-10-01T23:59:59Z',
  status: 'evidence-submitted',
  overdueSince: null,
  breachAt: null,
  evidence: { summary: 'Model card online', links: ['https://lumen.example/card'], submittedBy: 'rep-1', submittedAt: '2026-09-30T00:00:00Z' },
  fulfilledAt: null,
  overdue: false,
  ...over,
});

const renderWith = (children: ReactNode) =>
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>{children}</QueryClientProvider>
    </MantineProvider>,
  );

beforeAll(() => {
  // Mantine's autosize Textarea listens for font loading; jsdom has no document.fonts.
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
  i18n.addResourceBundle('en', 'governance-officer', en, true, true);
});
beforeEach(() => {
  calls.get.mockReset();
  calls.post.mockReset();
});

describe("the officer's decisions on an organisation's standing", () => {
  it('suspends only after the confirmation, with the reason, the breach named and the revision as If-Match', async () => {
    calls.post.mockResolvedValue(ok(organisation({ suspended: true, revision: 8 })));
    renderWith(<StandingActions organisation={organisation({ breaches: [breach], openBreaches: 1 })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Suspend its allocations' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend every allocation of Lumen AI?' });
    expect(within(dialog).getByText(/its jobs stop being scheduled/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend its allocations' }));
    await within(dialog).findByText('Give a reason of at most 2,000 characters');
    expect(calls.post).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'The breach it answers' }));
    // The dropdown is in a portal whose transition jsdom never runs: the option exists, though not "visible".
    fireEvent.click(await screen.findByRole('option', { name: /Summary never published/, hidden: true }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: ' Summary never published. ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend its allocations' }));
    await waitFor(() =>
      expect(calls.post).toHaveBeenCalledWith('/api/governance/organisations/{organisationId}/suspension', {
        params: { path: { organisationId: 'org-demo-lumen' }, header: { 'If-Match': '"7"' } },
        body: { reason: 'Summary never published.', breachId: 'b-7' },
      }),
    );
  });

  it("shows the API's refusal at the breach field, and a conflict above the form", async () => {
    calls.post.mockResolvedValueOnce(problem({ type: 'about:blank', title: 'Unprocessable', status: 422, errors: [{ field: 'breachId', reason: 'breach b-7 is not a breach of this organisation' }] }, 422));
    calls.post.mockResolvedValueOnce(problem({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail: 'the organisation changed since it was read' }, 412));
    renderWith(<StandingActions organisation={organisation({ breaches: [breach], openBreaches: 1 })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Suspend its allocations' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Overdue' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend its allocations' }));
    await within(dialog).findByText('breach b-7 is not a breach of this organisation');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend its allocations' }));
    await within(dialog).findByText('the organisation changed since it was read');
  });

  it('says what stands in the way instead of offering a request bound to fail', () => {
    renderWith(<StandingActions organisation={organisation({ suspended: true, status: 'withdrawn', breaches: [breach], openBreaches: 1 })} />);
    expect((screen.getByRole('button', { name: 'Lift the suspension' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('A breach is still open: every breach must be remedied first.')).toBeTruthy();
    expect(screen.getByText('The current pledge is not signed.')).toBeTruthy();
  });
});

describe("the officer's actions on obligations", () => {
  it('rejects evidence with a reason, warned that past the due date it is overdue at once', async () => {
    calls.post.mockResolvedValue(ok(organisation({ revision: 8 })));
    renderWith(<ObligationsCard organisation={organisation({ obligations: [obligation({})] })} now={new Date('2026-12-08T00:00:00Z')} />);
    expect(screen.getByRole('link', { name: 'https://lumen.example/card' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reject the evidence for: Publish the model card' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/the obligation is overdue at once/)).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'The card lacks the training data summary.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject the evidence' }));
    await waitFor(() =>
      expect(calls.post).toHaveBeenCalledWith('/api/governance/organisations/{organisationId}/obligations/{obligationId}/rejection', {
        params: { path: { organisationId: 'org-demo-lumen', obligationId: 'ob-1' }, header: { 'If-Match': '"7"' } },
        body: { reason: 'The card lacks the training data summary.' },
      }),
    );
  });

  it('accepts evidence after saying it remedies the breach, and reports an overdue obligation with a prefilled description', async () => {
    calls.post.mockResolvedValue(ok(organisation({ revision: 8 })));
    const overdue = obligation({ obligationId: 'ob-2', text: 'Train staff', status: 'open', evidence: null, overdue: true, overdueSince: '2026-11-02T00:00:00Z' });
    const breached: Schemas['BreachView'] = { ...breach, breachId: 'b-ob-1', cause: 'obligation-overdue', ref: 'ob-1' };
    renderWith(<ObligationsCard organisation={organisation({ obligations: [obligation({}), overdue], breaches: [breached], openBreaches: 1 })} now={new Date('2026-12-08T00:00:00Z')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Accept the evidence for: Publish the model card' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Its breach for this obligation is remedied with it/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept the evidence' }));
    await waitFor(() =>
      expect(calls.post).toHaveBeenCalledWith('/api/governance/organisations/{organisationId}/obligations/{obligationId}/acceptance', {
        params: { path: { organisationId: 'org-demo-lumen', obligationId: 'ob-1' }, header: { 'If-Match': '"7"' } },
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Report a breach about: Train staff' }));
    const report = await screen.findByRole('dialog', { name: /Report a suspected breach/ });
    expect((within(report).getByRole('textbox', { name: /What happened/ }) as HTMLTextAreaElement).value).toMatch(/Obligation ob-2 of application app-1 .*overdue since 2026-11-02/);
    fireEvent.click(within(report).getByRole('button', { name: 'File the report' }));
    await waitFor(() => expect(calls.post).toHaveBeenCalledTimes(2));
    const [path, options] = calls.post.mock.calls[1] as [string, { params: { header: Record<string, string> }; body: Schemas['FileBreachReportDto'] }];
    expect(path).toBe('/api/governance/breach-reports');
    expect(options.body.organisationId).toBe('org-demo-lumen');
    expect(options.body.evidenceLinks).toEqual([]);
    expect(options.params.header['Idempotency-Key']).toMatch(/^ui-[0-9a-f-]{36}$/);
  });
});
