// The core's styles; charts, dates and tables bring theirs with the screens that use them.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import { router } from './router';
import { accessibleColours, themeFor } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    // A refused call (4xx) will not succeed by asking again.
    queries: { retry: (failures, error) => failures < 2 && !(error && 'problem' in error && (error as { problem: { status: number } }).problem.status < 500), staleTime: 10_000 },
  },
});

const theme = themeFor(i18n.t('common.close'));

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={accessibleColours}>
        <Notifications />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
