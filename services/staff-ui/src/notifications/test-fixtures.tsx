import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { forwardRef, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import type { InboxItem } from './notification-words';

/** The router's Link as a plain anchor for component tests: the href says where it leads, a click goes nowhere. */
export const TestLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }>(({ to, onClick, ...props }, ref) => (
  <a
    ref={ref}
    href={to}
    {...props}
    onClick={(event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event);
      event.preventDefault();
    }}
  />
));

export const ok = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });
export const problem = (error: unknown, status: number) => ({ error, response: new Response(null, { status }) });

export function withProviders(children: ReactNode, client = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  return (
    <MantineProvider>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

export const notification = (over: Partial<InboxItem>): InboxItem => ({
  notificationId: '0190a1b2-0000-7000-8000-000000000001',
  kind: 'screening-outcome',
  audience: { role: 'applicant', organisationId: 'org-demo-aurora-models' },
  subject: { type: 'application', id: 'app-1' },
  facts: { applicationId: 'app-1', outcome: 'eligible', reasons: [] },
  words: { language: 'en', subject: 'Application app-1 is eligible', whatHappened: 'Application app-1 passed the eligibility screening.', nextStep: 'Nothing is needed from you now: the application goes on to review. Follow its progress on its page.' },
  link: '/applicant/applications/app-1',
  occurredAt: '2026-12-07T10:00:00Z',
  cause: { eventId: 'e-1', type: 'hpc-access.intake.ApplicationScreened.v1' },
  read: false,
  readAt: null,
  ...over,
});
