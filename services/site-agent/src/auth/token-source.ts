import type { ResolvedConfig } from '../config/load-config';

/** Renew this long before the token expires, so a request never leaves with a token about to lapse. */
const RENEW_BEFORE_MS = 30_000;

export class AuthError extends Error {
  override readonly name = 'AuthError';
}

interface CachedToken {
  accessToken: string;
  expiresAt: number;
}

/**
 * Access tokens by the OAuth 2.0 client credentials grant (RFC 6749 section 4.4) from the site's
 * client at the platform's issuer. The token endpoint comes from the issuer's discovery document
 * (OpenID Connect Discovery, else RFC 8414) unless configured; a token is kept until shortly
 * before it expires, and dropped when the platform refuses it.
 */
export class TokenSource {
  private cached: CachedToken | undefined;
  private tokenEndpoint: string | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly auth: ResolvedConfig['auth'],
    private readonly timeoutMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokenEndpoint = auth.tokenEndpoint;
  }

  async token(): Promise<string> {
    if (this.cached && this.cached.expiresAt - RENEW_BEFORE_MS > this.now()) return this.cached.accessToken;
    // One request at a time: concurrent callers share it.
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** The platform answered 401: the token is no good any more (revoked, keys rotated). */
  invalidate(): void {
    this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const endpoint = await this.endpoint();
    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    if (this.auth.scope) body.set('scope', this.auth.scope);
    if (this.auth.resource) body.set('resource', this.auth.resource);
    if (this.auth.audience) body.set('audience', this.auth.audience);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (this.auth.clientAuthMethod === 'client_secret_basic') {
      // RFC 6749 2.3.1: both parts form-urlencoded before Base64.
      headers['authorization'] = `Basic ${Buffer.from(`${formEncode(this.auth.clientId)}:${formEncode(this.auth.clientSecret)}`).toString('base64')}`;
    } else {
      body.set('client_id', this.auth.clientId);
      body.set('client_secret', this.auth.clientSecret);
    }
    const requestedAt = this.now();
    let response: Response;
    try {
      response = await fetch(endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw new AuthError(`token endpoint ${endpoint} unreachable: ${(error as Error).message}`);
    }
    const text = await response.text();
    const answer = parseJson(text) as { access_token?: unknown; expires_in?: unknown; token_type?: unknown; error?: unknown; error_description?: unknown } | undefined;
    if (!response.ok || typeof answer?.access_token !== 'string') {
      const reason = answer?.error ? `${String(answer.error)}${answer.error_description ? `: ${String(answer.error_description)}` : ''}` : text.slice(0, 300);
      throw new AuthError(`token endpoint ${endpoint} refused client ${this.auth.clientId}: HTTP ${response.status} ${reason}`);
    }
    if (typeof answer.token_type === 'string' && answer.token_type.toLowerCase() !== 'bearer') throw new AuthError(`token endpoint ${endpoint} gave a ${answer.token_type} token, not a Bearer token`);
    // Without expires_in the token is used for a minute, then asked for again.
    const lifetimeMs = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in * 1000 : 60_000;
    this.cached = { accessToken: answer.access_token, expiresAt: requestedAt + lifetimeMs };
    return answer.access_token;
  }

  private async endpoint(): Promise<string> {
    if (this.tokenEndpoint) return this.tokenEndpoint;
    const issuer = this.auth.issuer as string;
    const tried: string[] = [];
    for (const wellKnown of ['/.well-known/openid-configuration', '/.well-known/oauth-authorization-server']) {
      const url = `${issuer}${wellKnown}`;
      try {
        const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
        const document = response.ok ? (parseJson(await response.text()) as { issuer?: unknown; token_endpoint?: unknown } | undefined) : undefined;
        if (typeof document?.token_endpoint === 'string') {
          // The document must be the issuer's own (OpenID Connect Discovery 4.3).
          if (typeof document.issuer === 'string' && document.issuer.replace(/\/+$/, '') !== issuer) {
            throw new AuthError(`discovery at ${url} names issuer ${document.issuer}, not ${issuer}`);
          }
          this.tokenEndpoint = document.token_endpoint;
          return document.token_endpoint;
        }
        tried.push(`${url}: HTTP ${response.status}`);
      } catch (error) {
        if (error instanceof AuthError) throw error;
        tried.push(`${url}: ${(error as Error).message}`);
      }
    }
    throw new AuthError(`no token endpoint found for issuer ${issuer} (${tried.join('; ')}); set auth.tokenEndpoint`);
  }
}

const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
