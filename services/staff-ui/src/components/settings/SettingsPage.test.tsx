// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../api/client';

// The service answers as governance would; the page is what is under test.
const service = vi.hoisted(() => ({ read: vi.fn(), write: vi.fn() }));
vi.mock('./settings-services', () => ({ readSettings: service.read, writeSettings: service.write }));
vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

const { SettingsPage } = await import('./SettingsPage');

const governance = { attestationPeriodMonths: 6, attestationWindowDays: 30, gracePeriodDays: 14, resignPeriodDays: 60, computeTolerancePercent: 10 };

const renderPage = () =>
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <SettingsPage service="governance" />
      </QueryClientProvider>
    </MantineProvider>,
  );

// Typing and rendering take seconds when the machine is shared: a longer limit than Vitest's 5 s.
describe('the settings page', () => {
  it('lists what a save changes, sends it with the revision it read, and shows the new revision', async () => {
    service.read.mockResolvedValue({ settings: governance, revision: 4 });
    service.write.mockResolvedValue({ settings: { ...governance, attestationWindowDays: 45 }, revision: 5 });
    renderPage();
    const user = userEvent.setup({ delay: null });
    const window = await screen.findByRole('textbox', { name: /Attestation window/ });
    expect(screen.getByText('Nothing changed yet.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save a new revision' }) as HTMLButtonElement).disabled).toBe(true);
    await user.clear(window);
    await user.type(window, '45');
    await screen.findByText('Saving changes 1 setting:');
    await user.click(screen.getByRole('button', { name: 'Save a new revision' }));
    await waitFor(() => expect(service.write).toHaveBeenCalledWith('governance', { ...governance, attestationWindowDays: 45 }, 4));
    await screen.findByText(/^Revision 5\./);
  }, 20_000);

  it("puts the service's refusal at the field it names", async () => {
    service.read.mockResolvedValue({ settings: governance, revision: 4 });
    service.write.mockRejectedValue(new ApiProblem({ type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'gracePeriodDays', reason: 'gracePeriodDays must not be less than 1' }] }));
    renderPage();
    const user = userEvent.setup({ delay: null });
    const grace = await screen.findByRole('textbox', { name: /Grace period/ });
    await user.clear(grace);
    await user.type(grace, '0');
    await user.click(screen.getByRole('button', { name: 'Save a new revision' }));
    await screen.findByText('gracePeriodDays must not be less than 1');
    expect(grace.getAttribute('aria-invalid')).toBe('true');
  }, 20_000);
});
