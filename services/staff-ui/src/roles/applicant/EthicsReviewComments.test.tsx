// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { ok, problem, withProviders } from '../../notifications/test-fixtures';
import en from './i18n/en.json';

const calls = vi.hoisted(() => ({ get: vi.fn() }));
vi.mock('../../api/client', async (original) => ({ ...(await original<typeof import('../../api/client')>()), api: { GET: calls.get } }));

const { EthicsReviewComments } = await import('./EthicsReviewComments');
const queryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

const decidedCase = (reviewsForApplicant: unknown[]) => ({
  caseId: 'app-1', applicationId: 'app-1', organisationId: 'org-1', mode: 'fast-lane', status: 'decided', openedAt: '2026-11-02T09:00:00Z', reviewersRequired: 2, reviewsIn: 2, revision: 9,
  decision: { outcome: 'cleared', conditions: [], reasons: [], decidedAt: '2026-11-03T09:00:00Z' }, informationRequests: [], withdrawnAt: null, reviewsForApplicant,
});

beforeAll(() => {
  i18n.addResourceBundle('en', 'applicant', en, true, true);
});
beforeEach(() => {
  calls.get.mockReset();
});

describe("the ethics reviewers' comments on the applicant's application page", () => {
  it('shows each review as a numbered reviewer, the principles by name with the comment for the applicant', async () => {
    calls.get.mockResolvedValue(ok(decidedCase([
      { reviewer: 1, comments: [{ principle: 'fairness', comment: 'A clear bias plan' }, { principle: 'transparency', comment: 'Publish the model card' }] },
      { reviewer: 2, comments: [{ principle: 'fairness', comment: 'Evaluate on the held-out set' }] },
    ])));
    render(withProviders(<EthicsReviewComments applicationId="app-1" status="awarded" />));
    const card = await screen.findByRole('region', { name: "The ethics reviewers' comments" });
    const first = within(card).getByRole('region', { name: 'Reviewer 1' });
    expect(first.textContent).toContain('Fairness: A clear bias plan');
    expect(first.textContent).toContain('Transparency: Publish the model card');
    expect(within(card).getByRole('region', { name: 'Reviewer 2' }).textContent).toContain('Fairness: Evaluate on the held-out set');
    expect(calls.get).toHaveBeenCalledWith('/api/ethics/cases/{id}', { params: { path: { id: 'app-1' } } });
  });

  it('shows nothing while the comments are not out (no decision yet: the list is empty)', async () => {
    calls.get.mockResolvedValue(ok({ ...decidedCase([]), status: 'in-review', decision: null }));
    const client = queryClient();
    render(withProviders(<EthicsReviewComments applicationId="app-1" status="eligible" />, client));
    await waitFor(() => expect(client.getQueryState(['ethics-case', 'app-1'])?.status).toBe('success'));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('an application that never reached ethics review (404) shows nothing, not an error', async () => {
    calls.get.mockResolvedValue(problem({ type: 'about:blank', title: 'Not Found', status: 404 }, 404));
    const client = queryClient();
    render(withProviders(<EthicsReviewComments applicationId="app-1" status="withdrawn" />, client));
    await waitFor(() => expect(client.getQueryState(['ethics-case', 'app-1'])?.status).toBe('success'));
    expect(client.getQueryData(['ethics-case', 'app-1'])).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not ask ethics review before screening found the application eligible', () => {
    render(withProviders(<EthicsReviewComments applicationId="app-1" status="screening" />));
    expect(calls.get).not.toHaveBeenCalled();
  });
});
