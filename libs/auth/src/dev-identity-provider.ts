import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { importJWK, SignJWT, type JSONWebKeySet, type KeyLike } from 'jose';
import { DEV_SIGNING_ALGORITHM, loadOrCreateSigningKey, publicJwkOf, type SigningJwk } from './dev-signing-key';
import { DEFAULT_CLAIM_MAPPING } from './identity';
import { ACCESS_TOKEN_TYPE } from './jwt-verifier';
import type { Role } from './roles';

export interface DevIdentityProviderOptions {
  /** The key is kept in `<dataDir>/dev-identity/signing-key.jwk.json`. */
  dataDir: string;
  /** `<public base url>/api/dev`; see {@link devIssuer}. */
  issuer: string;
  audience: string;
  /** Default 3600. */
  tokenTtlSeconds?: number;
}

export interface DevTokenRequest {
  role: Role;
  /** Default `demo-<role>`. */
  userId?: string;
  /** Default `org-demo` for the applicant, none for the other roles. */
  organisationId?: string;
  /** The hosting site a `site` or `technical-assessor` token acts for, e.g. `cineca`; none by default. */
  siteId?: string;
}

/** The OAuth 2.0 token response (RFC 6749 section 5.1). */
export interface DevTokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

export const DEV_PROVIDER_PATH = 'api/dev';
export const DEMO_ORGANISATION_ID = 'org-demo';

export function devIssuer(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/${DEV_PROVIDER_PATH}`;
}

/**
 * A stand-in for the real identity provider in embedded mode: whoever can reach it gets a token
 * for any role. Its tokens have the shape a real provider's have (issuer, audience, expiry,
 * signature checked against a published key set), so the guard verifies them with no shortcut.
 */
export class DevIdentityProvider {
  private constructor(
    private readonly signingKey: KeyLike | Uint8Array,
    private readonly jwk: SigningJwk,
    private readonly options: DevIdentityProviderOptions,
  ) {}

  static async open(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
    const jwk = await loadOrCreateSigningKey(join(options.dataDir, 'dev-identity', 'signing-key.jwk.json'));
    return new DevIdentityProvider(await importJWK(jwk, DEV_SIGNING_ALGORITHM), jwk, options);
  }

  get issuer(): string {
    return this.options.issuer;
  }

  get audience(): string {
    return this.options.audience;
  }

  publicJwks(): JSONWebKeySet {
    return { keys: [publicJwkOf(this.jwk)] };
  }

  /** OIDC discovery, enough for a verifier that only knows the issuer to find the keys. */
  openIdConfiguration(): Record<string, unknown> {
    return {
      issuer: this.issuer,
      jwks_uri: `${this.issuer}/jwks.json`,
      token_endpoint: `${this.issuer}/token`,
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [DEV_SIGNING_ALGORITHM],
      token_endpoint_auth_methods_supported: ['none'],
      claims_supported: ['sub', 'name', DEFAULT_CLAIM_MAPPING.rolesClaim, DEFAULT_CLAIM_MAPPING.organisationClaim, DEFAULT_CLAIM_MAPPING.siteClaim],
    };
  }

  async issueToken(request: DevTokenRequest): Promise<DevTokenResponse> {
    const expiresIn = this.options.tokenTtlSeconds ?? 3600;
    const userId = request.userId ?? `demo-${request.role}`;
    const organisationId = request.organisationId ?? (request.role === 'applicant' ? DEMO_ORGANISATION_ID : undefined);
    const claims: Record<string, unknown> = {
      [DEFAULT_CLAIM_MAPPING.rolesClaim]: [request.role],
      name: request.userId ? userId : `Demo ${request.role}`,
    };
    if (organisationId) claims[DEFAULT_CLAIM_MAPPING.organisationClaim] = organisationId;
    if (request.siteId) claims[DEFAULT_CLAIM_MAPPING.siteClaim] = request.siteId;
    const accessToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: DEV_SIGNING_ALGORITHM, kid: this.jwk.kid, typ: ACCESS_TOKEN_TYPE })
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setSubject(userId)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .sign(this.signingKey);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn };
  }
}
