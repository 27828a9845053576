// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import './index';
import { ok, problem, withProviders } from './test-fixtures';
import type { SubscriptionView } from './subscription-form';

const calls = vi.hoisted(() => ({ get: vi.fn(), put: vi.fn() }));
vi.mock('../api/client', async (original) => ({ ...(await original<typeof import('../api/client')>()), api: { GET: calls.get, PUT: calls.put } }));
vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

const { NotificationSettingsPage } = await import('./NotificationSettingsPage');

const view: SubscriptionView = {
  userId: 'rep-1',
  subscribed: false,
  email: null,
  language: 'en',
  channels: { 'screening-outcome': ['inbox', 'email'], 'allocation-suspended': ['inbox', 'email'] },
  mandatoryKinds: ['allocation-suspended'],
};

beforeEach(() => {
  calls.get.mockReset().mockResolvedValue(ok(view));
  calls.put.mockReset();
});

const checkbox = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('the notification settings', () => {
  it('shows mandatory kinds on and disabled, and saves the address and the channels chosen', async () => {
    calls.put.mockResolvedValue(ok({ ...view, subscribed: true, email: 'kadri@aurora.example', channels: { ...view.channels, 'screening-outcome': ['inbox'] } }));
    render(withProviders(<NotificationSettingsPage />));
    await screen.findByText('Allocation suspended');
    expect(checkbox('Allocation suspended by E-mail').disabled).toBe(true);
    expect(checkbox('Allocation suspended by E-mail').checked).toBe(true);
    expect(screen.getByText('Always on: it has consequences you must hear of')).toBeTruthy();
    fireEvent.click(checkbox('Screening outcome by E-mail'));
    fireEvent.change(screen.getByRole('textbox', { name: /E-mail address/ }), { target: { value: 'kadri@aurora.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(calls.put).toHaveBeenCalledWith('/api/notifications/me', {
        body: { email: 'kadri@aurora.example', language: 'en', channels: { 'screening-outcome': ['inbox'], 'allocation-suspended': ['inbox', 'email'] } },
      }),
    );
  });

  it("puts the API's problem+json at the field it names: the address, a kind's channels", async () => {
    calls.put.mockResolvedValue(
      problem({ type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'email', reason: 'email must be an email' }, { field: 'channels.allocation-suspended', reason: 'cannot be turned off: it is sent on every channel' }] }, 400),
    );
    render(withProviders(<NotificationSettingsPage />));
    const email = (await screen.findByRole('textbox', { name: /E-mail address/ })) as HTMLInputElement;
    fireEvent.change(email, { target: { value: 'kadri@aurora.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('email must be an email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('cannot be turned off: it is sent on every channel').getAttribute('id')).toBe('channels-allocation-suspended-error');
    expect(checkbox('Allocation suspended by Inbox').getAttribute('aria-describedby')).toContain('channels-allocation-suspended-error');
  });

  it('checks the address as it is typed', async () => {
    render(withProviders(<NotificationSettingsPage />));
    fireEvent.change(await screen.findByRole('textbox', { name: /E-mail address/ }), { target: { value: 'kadri at aurora' } });
    await screen.findByText('An e-mail address such as name@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(calls.put).not.toHaveBeenCalled();
  });
});
