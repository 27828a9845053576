import { Alert, Text } from '@mantine/core';
import { createRootRoute, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CallbackPage } from '../auth/CallbackPage';
import { currentSession } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { notificationRoutes } from '../notifications';
import { homeOf } from '../roles/home-of';
import { roleModules } from '../roles/registry';
import { Shell } from './Shell';

function NotFound() {
  const { t } = useTranslation();
  return <Alert m="md">{t('common.notFound')}</Alert>;
}

function NoScreens() {
  const { t } = useTranslation();
  return <Text>{t('shell.noScreens')}</Text>;
}

const rootRoute = createRootRoute({ component: Outlet, notFoundComponent: NotFound });

const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: 'sign-in', component: SignInPage });
const callbackRoute = createRoute({ getParentRoute: () => rootRoute, path: 'auth/callback', component: CallbackPage });

/** Everything behind sign-in: no session, back to /sign-in. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: () => {
    if (!currentSession()) throw redirect({ to: '/sign-in' });
  },
  component: Shell,
});

/** `/`: the active role's home. */
const indexRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: () => {
    const session = currentSession();
    throw redirect({ to: session ? homeOf(session.activeRole) : '/sign-in' });
  },
});

const noScreensRoute = createRoute({ getParentRoute: () => signedInRoute, path: 'no-screens', component: NoScreens });

const routeTree = rootRoute.addChildren([
  signInRoute,
  callbackRoute,
  signedInRoute.addChildren([indexRoute, noScreensRoute, notificationRoutes(signedInRoute), ...roleModules.map((module) => module.routes(signedInRoute))]),
]);

export const router = createRouter({ routeTree, defaultPreload: false });
