import { createRoute, redirect, type AnyRoute } from '@tanstack/react-router';
import { currentSession } from '../auth/session';
import type { Role } from '../auth/roles';
import { homeOf } from './home-of';

/**
 * The layout route `/<role>` of a role's screens: someone signed in with another active role is
 * sent to their own home (the API refuses them anyway; this keeps them off screens that would
 * only show 403s).
 */
export function roleRoute(parent: AnyRoute, role: Role): AnyRoute {
  return createRoute({
    getParentRoute: () => parent,
    path: role,
    beforeLoad: () => {
      const session = currentSession();
      if (session && session.activeRole !== role) throw redirect({ to: homeOf(session.activeRole) });
    },
  });
}
