import {
  createParamDecorator,
  ForbiddenException,
  SetMetadata,
  UnauthorizedException,
  type CustomDecorator,
  type ExecutionContext,
} from '@nestjs/common';
import type { RoleActor } from './actor';
import type { Identity } from './identity';
import { requestAuthOf, type RequestAuth } from './request-auth';
import type { Role } from './roles';

export const IS_PUBLIC_KEY = 'hpc-access:auth:public';
export const ROLES_KEY = 'hpc-access:auth:roles';

/** The route needs no token: health probes, discovery documents, the development token endpoint. */
export const Public = (): CustomDecorator<string> => SetMetadata(IS_PUBLIC_KEY, true);

/** The caller must hold one of these roles; on a method it replaces what the controller says. */
export function Roles(...roles: Role[]): CustomDecorator<string> {
  // An empty list would read as "nobody" to a reviewer but as "anybody" to a careless guard.
  if (roles.length === 0) throw new Error('@Roles() needs at least one role; omit it to allow any authenticated user');
  return SetMetadata(ROLES_KEY, roles);
}

/** The verified identity of the caller. */
export const CurrentIdentity = createParamDecorator((_: unknown, context: ExecutionContext): Identity => authOf(context).identity);

/** `{ id, role }` for event metadata: the caller and the role the route let them act in. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): RoleActor => {
  const { identity, actingRole } = authOf(context);
  if (!actingRole) throw new ForbiddenException('this action needs a role in HPC Access and your token carries none');
  return { id: identity.userId, role: actingRole };
});

function authOf(context: ExecutionContext): RequestAuth {
  const auth = requestAuthOf(context.switchToHttp().getRequest<object>());
  // Reached on a @Public() route, or in an app without AuthModule: nobody was authenticated.
  if (!auth) throw new UnauthorizedException('no authenticated caller on this request');
  return auth;
}
