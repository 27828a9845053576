import {
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { actingRole } from './actor';
import { IS_PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { AuthenticationError, Authenticator } from './authenticator';
import { clientAddress, FAILED_AUTHENTICATION_LIMITER, type ClientRateLimiter } from './client-rate-limit';
import { attachRequestAuth } from './request-auth';
import type { Role } from './roles';
import { IssuerUnavailableError } from './token-errors';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  socket?: { remoteAddress?: string };
}

interface HttpResponse {
  setHeader(name: string, value: string): unknown;
}

/** Registered globally by AuthModule: every HTTP route needs a valid bearer token unless @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    @Inject(FAILED_AUTHENTICATION_LIMITER) private readonly failures: ClientRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // In embedded mode message handlers share the process; the bus, not a bearer token, vouches for them.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const identity = await this.authenticate(request, http.getResponse<HttpResponse>());

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const role = allowed ? actingRole(identity, allowed) : identity.roles[0];
    if (allowed && !role) {
      throw new ForbiddenException(
        `this action needs one of the roles ${allowed.join(', ')}; your token carries ${identity.roles.join(', ') || 'no HPC Access role'}`,
      );
    }
    attachRequestAuth(request, role ? { identity, actingRole: role } : { identity });
    return true;
  }

  private async authenticate(request: HttpRequest, response: HttpResponse) {
    const header = request.headers['authorization'];
    const client = clientAddress(request);
    // A client over its failures is refused before its token is even looked at (ADR 14).
    await this.failures.refuseIfOver(client, response);
    try {
      return await this.authenticator.authenticate(typeof header === 'string' ? header : undefined);
    } catch (error) {
      if (error instanceof AuthenticationError) {
        // Set before throwing: whichever exception filter renders the 401 keeps headers already set.
        response.setHeader('WWW-Authenticate', error.challenge);
        // A credential presented and refused counts; a request without one is anonymous, not a
        // guess, and costs no verification (a browser's first call, a probe of every route).
        if (header) await this.failures.record(client);
        throw new UnauthorizedException(error.message);
      }
      if (error instanceof IssuerUnavailableError) {
        this.logger.error(error.message);
        throw new ServiceUnavailableException('cannot verify tokens right now: the identity provider is unreachable');
      }
      throw error;
    }
  }
}
