import { All, BadRequestException, Controller, ForbiddenException, Inject, NotFoundException, Req, Res, type Type } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { actingRole, CurrentIdentity, ROLES, Roles, type Identity } from '@hpc-access/auth';
import { GATEWAY_OPTIONS, type GatewayOptions } from './gateway-options';
import { routeFor, type GatewayRoute } from './gateway-routes';
import { correlationIdOf, CORRELATION_ID_HEADER, identityHeaders } from './identity-headers';
import { forward } from './upstream-proxy';

type GatewayRequest = IncomingMessage & { originalUrl?: string; id?: unknown };

/**
 * A controller answering exactly the configured prefixes. Not a catch-all: Nest registers routes
 * in an order that depends on how modules nest, and a catch-all registered early would swallow
 * the gateway's own routes (health, the development provider); unknown paths stay plain 404s.
 *
 * The global guard has run before the handler: no request reaches a service without a verified
 * token, and a token with no HPC Access role stops here with 403.
 */
export function proxyControllerFor(routes: readonly GatewayRoute[]): Type<unknown> {
  const paths = [...new Set(routes.map((route) => route.prefix))].flatMap((prefix) => [prefix, `${prefix}/*path`]);

  @ApiExcludeController()
  @Roles(...ROLES)
  @Controller()
  class ProxyController {
    constructor(@Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions) {}

    @All(paths)
    async proxy(@Req() request: GatewayRequest, @Res() response: ServerResponse, @CurrentIdentity() identity: Identity): Promise<void> {
      const pathAndQuery = request.originalUrl ?? request.url ?? '/';
      const path = pathAndQuery.split('?', 1)[0] ?? '/';
      // URL parsing would resolve these against the service's base path; nothing legitimate sends them.
      if (hasDotSegment(path)) throw new BadRequestException('the path must not contain "." or ".." segments');
      const route = routeFor(this.options.routes, path);
      if (!route) throw new NotFoundException(`no service serves ${path}`);
      if (route.roles && !actingRole(identity, route.roles)) {
        throw new ForbiddenException(`${route.prefix} needs one of the roles ${route.roles.join(', ')}`);
      }
      const correlationId = correlationIdOf(request);
      response.setHeader(CORRELATION_ID_HEADER, correlationId);
      const base = new URL(route.target);
      await forward({
        incoming: request,
        outgoing: response,
        target: new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}${pathAndQuery}`),
        headers: { ...identityHeaders(identity), [CORRELATION_ID_HEADER]: correlationId },
        service: route.service,
        timeoutMs: this.options.upstreamTimeoutMs ?? 30_000,
        instance: path,
      });
    }
  }
  return ProxyController;
}

function hasDotSegment(path: string): boolean {
  return path.split('/').some((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new BadRequestException('the path is not validly percent-encoded');
    }
    return decoded === '.' || decoded === '..';
  });
}
