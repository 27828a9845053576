import { HttpException, HttpStatus } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** At most `points` in a window of `durationSeconds`, per client address. */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

export interface AuthRateLimits {
  /** Failed authentications (401) before a client's requests are refused with 429. */
  failedAuthentications: RateLimit;
  /** Calls to the development provider's token endpoint. */
  tokens: RateLimit;
}

/**
 * Generous enough for a test file, a demo seeding or an office behind one address (a person
 * mints one token an hour and fails authentication once when it expires), low enough that a
 * script hammering the platform is slowed to a trickle. ADR 14.
 */
export const DEFAULT_AUTH_RATE_LIMITS: AuthRateLimits = {
  failedAuthentications: { points: 60, durationSeconds: 60 },
  tokens: { points: 120, durationSeconds: 60 },
};

/** The {@link ClientRateLimiter} of failed authentications, provided by AuthModule. */
export const FAILED_AUTHENTICATION_LIMITER = Symbol('hpc-access:auth:failed-authentication-limiter');
/** The {@link ClientRateLimiter} of the development provider's token endpoint. */
export const TOKEN_LIMITER = Symbol('hpc-access:auth:token-limiter');

interface ClientRequest {
  ip?: string;
  socket?: { remoteAddress?: string };
}

interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}

/** The address a limit is counted for: Express's `req.ip` (which honours `trust proxy`). */
export function clientAddress(request: ClientRequest): string {
  const address = request.ip ?? request.socket?.remoteAddress ?? 'unknown';
  // One client over IPv4 and IPv4-mapped IPv6 is one client.
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/**
 * Counts events per client in memory (rate-limiter-flexible's fixed window). Per process: with
 * several gateway instances a client gets the limit at each, which is still a limit.
 */
export class ClientRateLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(
    readonly limit: RateLimit,
    private readonly what: string,
  ) {
    this.limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
  }

  /** Counts one event; throws 429 (with `Retry-After` set) once the client is over the limit. */
  async consume(client: string, response: HeaderSink): Promise<void> {
    try {
      await this.limiter.consume(client);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw this.tooMany(error, response);
      throw error;
    }
  }

  /** Counts one event without refusing anything: the refusal comes at the next {@link refuseIfOver}. */
  async record(client: string): Promise<void> {
    await this.limiter.penalty(client, 1);
  }

  /** Throws 429 (with `Retry-After` set) while the client is over the limit; counts nothing. */
  async refuseIfOver(client: string, response: HeaderSink): Promise<void> {
    const state = await this.limiter.get(client);
    if (state && state.consumedPoints >= this.limit.points) throw this.tooMany(state, response);
  }

  private tooMany(state: RateLimiterRes, response: HeaderSink): HttpException {
    const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    // Set before throwing: the problem filter keeps headers already set on the response.
    response.setHeader('Retry-After', String(seconds));
    return new HttpException(
      `too many ${this.what} from this address (at most ${this.limit.points} in ${this.limit.durationSeconds} s); retry after ${seconds} s`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
