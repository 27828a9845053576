import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { clientAddress, TOKEN_LIMITER, type ClientRateLimiter } from './client-rate-limit';

/**
 * Counts every call to the development provider's token endpoint per client address, valid or
 * not (a guard runs before the body is validated), and refuses with 429 over the limit (ADR 14).
 */
@Injectable()
export class DevTokenRateLimitGuard implements CanActivate {
  constructor(@Inject(TOKEN_LIMITER) private readonly limiter: ClientRateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    await this.limiter.consume(clientAddress(http.getRequest()), http.getResponse());
    return true;
  }
}
