// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../api/client';

// The service answers as governance would; the page is what is under test.
const service = vi.hoisted(() => ({ read: vi.fn(), write: vi.fn(), history: vi.fn() }));
vi.mock('./settings-services', () => ({
  readSettings: service.read,
  writeSettings: service.write,
  readHistory: service.history,
  ASKS_REASON: new Set(['intake']),
  FIELD_PREFIX: { intake: 'rules.' },
}));
vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

// Mantine's autosized Textarea (a JSON setting) listens for fonts loading; jsdom has no FontFaceSet.
Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: () => undefined, removeEventListener: () => undefined } });

const { SettingsPage } = await import('./SettingsPage');

const governance = { attestationPeriodMonths: 6, attestationWindowDays: 30, gracePeriodDays: 14, resignPeriodDays: 60, computeTolerancePercent: 10 };

const renderPage = (which: 'governance' | 'intake' = 'governance') =>
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <SettingsPage service={which} />
      </QueryClientProvider>
    </MantineProvider>,
  );

// Typing and rendering take seconds when the machine is shared: a longer limit than Vitest's 5 s.
describe('the settings page', () => {
  it('lists what a save changes, sends it with the revision it read, and shows the new revision', async () => {
    service.read.mockResolvedValue({ settings: governance, revision: 4 });
    service.history.mockResolvedValue([]);
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
    await waitFor(() => expect(service.write).toHaveBeenCalledWith('governance', { ...governance, attestationWindowDays: 45 }, 4, ''));
    await screen.findByText(/^Revision 5\./);
  }, 20_000);

  it("puts the service's refusal at the field it names", async () => {
    service.read.mockResolvedValue({ settings: governance, revision: 4 });
    service.history.mockResolvedValue([]);
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

  it("asks intake's rules for a reason, sends it, and puts a refusal deep in the rules at its setting", async () => {
    const rules = { programmeCode: 'AIF', modes: { playground: { maxGpuHours: 5000 } } };
    service.write.mockClear();
    service.read.mockResolvedValue({ settings: rules, revision: 2 });
    service.history.mockResolvedValue([]);
    service.write.mockRejectedValue(new ApiProblem({ type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'rules.modes.playground.maxGpuHours', reason: 'maxGpuHours must not be less than 1' }] }));
    renderPage('intake');
    const user = userEvent.setup({ delay: null });
    const modes = await screen.findByRole('textbox', { name: /Access modes/ });
    await user.clear(modes);
    await user.click(modes);
    await user.paste('{"playground":{"maxGpuHours":0}}');
    await user.click(screen.getByRole('button', { name: 'Save a new revision' }));
    const reason = screen.getByRole('textbox', { name: /Reason for the change/ });
    await screen.findByText('Say why the rules change');
    expect(service.write).not.toHaveBeenCalled();
    await user.type(reason, 'typo fixed');
    await user.click(screen.getByRole('button', { name: 'Save a new revision' }));
    await waitFor(() => expect(service.write).toHaveBeenCalledWith('intake', { ...rules, modes: { playground: { maxGpuHours: 0 } } }, 2, 'typo fixed'));
    await screen.findByText('playground.maxGpuHours: maxGpuHours must not be less than 1');
    expect(modes.getAttribute('aria-invalid')).toBe('true');
  }, 20_000);

  it('shows the history newest first: who, in which role, why, and what each version changed', async () => {
    service.read.mockResolvedValue({ settings: governance, revision: 1 });
    const at = (day: number) => `2026-11-0${day}T09:00:00.000Z`;
    service.history.mockResolvedValue([
      { type: 'ConfigurationSeeded', revision: 0, recordedAt: at(1), actor: { id: 'governance', role: 'system' }, configuration: { ...governance, gracePeriodDays: 30 }, reason: null, data: {} },
      { type: 'ConfigurationChanged', revision: 1, recordedAt: at(2), actor: { id: 'gov-1', role: 'governance-officer' }, configuration: governance, reason: 'shorter grace', data: {} },
    ]);
    renderPage();
    const versions = await screen.findAllByRole('article');
    expect(versions.map((v) => v.getAttribute('aria-label'))).toEqual(['Revision 1', 'Revision 0']);
    expect(versions[0]?.textContent).toContain('gov-1 (governance-officer)');
    expect(versions[0]?.textContent).toContain('Reason: shorter grace');
    expect(versions[0]?.textContent).toContain('gracePeriodDays from 30 to 14');
    expect(versions[1]?.textContent).toContain('Seeded by the service (governance)');
  }, 20_000);
});
