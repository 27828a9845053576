import { randomUUID } from 'node:crypto';
import { ForbiddenException, UnauthorizedException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandContext } from '@hpc-access/eventsourcing';
import { requestAuthOf } from './request-auth';
import type { Identity } from './identity';

/** Who calls and under which correlation id: what every command of a request carries. */
export interface Caller {
  identity: Identity;
  actor: { id: string; role: string; organisationId?: string };
  correlationId: string;
}

/** The authenticated caller of a route, acting in the role the guard let through. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<object & { id?: unknown }>();
  const auth = requestAuthOf(request);
  if (!auth) throw new UnauthorizedException('authentication required');
  if (!auth.actingRole) throw new ForbiddenException('this action needs a role in HPC Access and your token carries none');
  const { identity } = auth;
  return {
    identity,
    actor: { id: identity.userId, role: auth.actingRole, ...(identity.organisationId ? { organisationId: identity.organisationId } : {}) },
    correlationId: typeof request.id === 'string' ? request.id : randomUUID(),
  };
});

export function commandContext(caller: Caller, now: Date): CommandContext {
  return { now, actor: caller.actor };
}
