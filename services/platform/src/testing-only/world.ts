import type request from 'supertest';
import type { PlatformClient } from '../client/platform-client';

/**
 * What an end-to-end scenario needs of the platform, whichever way it runs: HTTP through the
 * one entry point, tokens from the development identity provider, time it can move, and a way
 * to wait until the asynchronous work of the services has been done.
 */
export interface World {
  /** Where the platform answers: the embedded app, or the gateway of distributed mode. */
  baseUrl: string;
  /**
   * A person in a role, with a token from the development identity provider; `siteId` names the
   * hosting site of a `site` or `technical-assessor` token (infra/seed/allocation.json).
   */
  as(role: string, options?: { userId?: string; organisationId?: string; siteId?: string }): Promise<PlatformClient>;
  http: ReturnType<typeof request>;
  token(role: string, options?: { userId?: string; organisationId?: string; siteId?: string }): Promise<string>;
  /** Waits until read models, relays and consumers have handled everything so far. */
  settle(): Promise<void>;
  /** Moves the platform's clock, lets the deadlines now due fire, and settles. */
  advance(ms: number): Promise<void>;
  now(): Date;
  close(): Promise<void>;
}
