import type { Actor } from '@hpc-access/eventsourcing';
import type { Identity } from './identity';
import type { Role } from './roles';

/** The actor recorded in event metadata: the user and the one role they acted in. */
export type RoleActor = Actor & { role: Role };

/** The role a user acts in on a route: the first of the route's allowed roles they hold. */
export function actingRole(identity: Identity, allowed: readonly Role[]): Role | undefined {
  return allowed.find((role) => identity.roles.includes(role));
}

export class NotActingInRoleError extends Error {
  override readonly name = 'NotActingInRoleError';
}

/**
 * Event metadata names one role, not all the user holds, so that an audit can tell whether the
 * chair decided as chair or as reviewer. Given the route's allowed roles, picks as {@link actingRole}.
 */
export function actorOf(identity: Identity, role: Role | readonly Role[]): RoleActor {
  const acting = typeof role === 'string' ? (identity.roles.includes(role) ? role : undefined) : actingRole(identity, role);
  if (!acting) {
    throw new NotActingInRoleError(`user ${identity.userId} holds none of the roles: ${[role].flat().join(', ')}`);
  }
  return { id: identity.userId, role: acting };
}
