import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { JwtVerifier } from './jwt-verifier';
import { IssuerMismatchError, mismatchMessage } from './token-errors';

const NOT_CHECKED = 'identity provider not checked yet';

export interface IssuerRetryOptions {
  /** Wait before the second attempt; doubled after each failure. Default 500. */
  initialDelayMs?: number;
  /** Longest wait between two attempts. Default 30000. */
  maxDelayMs?: number;
}

/**
 * Whether this process can verify tokens: the issuer's discovery document read and its key set
 * fetched. Checked when the application starts rather than on the first request, so that a wrong
 * issuer is a message at start and an unreachable one is a process that is live but not ready
 * (the readiness route says why), instead of a 503 on every request.
 *
 * - A discovery document naming another issuer (a trailing slash is enough) stops start-up with
 *   a message naming both values: no retry mends configuration.
 * - An issuer out of reach (or answering with an error) is tried again with exponential backoff,
 *   each attempt logged, until it answers. Requests meanwhile get 401 for a token that is wrong
 *   on its face (malformed, wrong `typ`) and 503 for one that needs the keys.
 */
export class IssuerReadiness implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('IdentityProvider');
  private status: { ready: true } | { ready: false; reason: string } = { ready: false, reason: NOT_CHECKED };
  private attempts = 0;
  private misconfigured = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly readyWaiters: (() => void)[] = [];

  constructor(
    private readonly verifier: JwtVerifier,
    private readonly retry: IssuerRetryOptions = {},
    /** How the configuration names the issuer, for messages: `AUTH_ISSUER`. */
    private readonly issuerSetting = 'AUTH_ISSUER',
  ) {}

  /** The first attempt happens during start-up; a mismatching issuer makes start-up fail. */
  async onApplicationBootstrap(): Promise<void> {
    await this.attempt(true);
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  get ready(): boolean {
    return this.status.ready;
  }

  /**
   * For the readiness route: resolves when tokens can be verified, else rejects saying why. A
   * probe while the issuer is away tries it at once (quietly; the attempts in the background are
   * the ones logged), so readiness follows the issuer's return without waiting out the backoff.
   */
  async check(): Promise<void> {
    if (this.status.ready) return;
    if (!this.misconfigured) {
      try {
        await this.verifier.connect();
        this.markReady();
        return;
      } catch {
        // Still away: the reason of the last logged attempt stands.
      }
    }
    throw new Error(this.status.reason);
  }

  /** Resolves once the issuer has answered (for tests and callers that must wait for it). */
  whenReady(): Promise<void> {
    if (this.status.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  private async attempt(atStart: boolean): Promise<void> {
    if (this.stopped || this.status.ready) return;
    this.attempts++;
    try {
      await this.verifier.connect();
    } catch (error) {
      if (error instanceof IssuerMismatchError) {
        const message = mismatchMessage(error, this.issuerSetting);
        if (atStart) throw new Error(message);
        this.misconfigured = true;
        this.status = { ready: false, reason: message };
        this.logger.error(`${message}; not ready, and not trying again: change the configuration and restart`);
        return;
      }
      // A readiness probe may have found the issuer back while this attempt was failing.
      if (this.status.ready) return;
      const delay = Math.min((this.retry.initialDelayMs ?? 500) * 2 ** (this.attempts - 1), this.retry.maxDelayMs ?? 30_000);
      const reason = `identity provider ${this.verifier.issuer} not reachable (attempt ${this.attempts}): ${(error as Error).message}`;
      this.status = { ready: false, reason };
      this.logger.warn(`${reason}; next attempt in ${delay} ms, not ready until then`);
      if (this.stopped) return;
      this.timer = setTimeout(() => void this.attempt(false).catch((e: unknown) => this.logger.error(e)), delay);
      // A process told to stop while the issuer is away must not be kept alive by this timer.
      this.timer.unref();
      return;
    }
    this.markReady();
  }

  private markReady(): void {
    if (this.status.ready) return;
    const failedBefore = this.attempts > 1 || this.status.reason !== NOT_CHECKED;
    this.status = { ready: true };
    clearTimeout(this.timer);
    // Said only after a failure: a process whose issuer answered at once has nothing to report.
    if (failedBefore) this.logger.log(`identity provider ${this.verifier.issuer} reachable after ${this.attempts} attempts: ready`);
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
}
