import { AppShell, Burger, Button, Group, NavLink, Select, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../auth/roles';
import { currentSession, endSession, startSession, subscribeToSession } from '../auth/session';
import { NotificationBell } from '../notifications';
import { homeOf } from '../roles/home-of';
import './shell.css';
import { roleModules } from '../roles/registry';

/** The signed-in frame: the header (who, which role, sign out) and the active role's navigation. */
export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const session = useSyncExternalStore(subscribeToSession, () => sessionStorage.getItem('hpc-access.session'));
  const current = session ? currentSession() : null;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const signedIn = current !== null;
  // The session can end under a screen (a 401 ends it): go to sign-in rather than show nothing.
  useEffect(() => {
    if (!signedIn) void navigate({ to: '/sign-in' });
  }, [signedIn, navigate]);
  if (!current) return null;
  const module = roleModules.find((m) => m.role === current.activeRole);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNavigation')} />
            <Title order={2} size="h4">
              {t('app.name')}
            </Title>
          </Group>
          <Group wrap="nowrap">
            <Text size="sm" visibleFrom="sm">
              {t('shell.signedInAs', { name: current.name ?? current.userId, role: t(`roles.${current.activeRole}`) })}
            </Text>
            <NotificationBell roles={current.roles} />
            {current.roles.length > 1 && (
              <Select
                aria-label={t('signIn.role')}
                size="xs"
                data={current.roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                value={current.activeRole}
                allowDeselect={false}
                onChange={(value) => {
                  startSession({ ...current, activeRole: value as Role });
                  queryClient.clear();
                  void navigate({ to: homeOf(value as Role) });
                }}
              />
            )}
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                endSession();
                queryClient.clear();
                void navigate({ to: '/sign-in' });
              }}
            >
              {t('shell.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')} component="nav">
        {module?.nav.map((item) => (
          // Exact: the router would otherwise mark the role's home (a prefix of every address) current on every screen.
          <NavLink key={item.to} component={Link} to={item.to} activeOptions={{ exact: true }} className="nav-link" label={t(item.labelKey, { ns: module.role })} active={pathname === item.to} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
