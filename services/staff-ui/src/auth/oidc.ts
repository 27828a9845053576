import type { StateStore, UserManager, UserManagerSettings } from 'oidc-client-ts';
import { claimsOf, sessionFromToken, type Session } from './session';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  scope: string;
}

/**
 * Why a sign-in stopped, as a string of the `auth` namespace (auth/i18n/en.json) with its values:
 * the callback page says it in the person's words, never as a blank page.
 */
export class SignInRefused extends Error {
  override readonly name = 'SignInRefused';
  constructor(
    readonly key: 'refusedByPlatform' | 'noRole' | 'issuerMismatch' | 'idTokenInvalid',
    readonly values: Record<string, string>,
  ) {
    super(`${key}: ${JSON.stringify(values)}`);
  }
}

/**
 * The authorization-code flow with PKCE (S256, oidc-client-ts's default) against the configured
 * issuer. The flow's state (verifier, nonce) and the issuer's answer live in the tab only, as the
 * session does.
 */
export function oidcSettings(config: OidcConfig, origin: string, store: StateStore): UserManagerSettings {
  return {
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/sign-in`,
    response_type: 'code',
    scope: config.scope,
    userStore: store,
    stateStore: store,
    automaticSilentRenew: false,
    // The platform's claims are in the access token; the ID token names the person.
    loadUserInfo: false,
  };
}

/** Loaded on demand: a deployment with the development provider never needs oidc-client-ts. */
export async function userManagerFor(config: OidcConfig): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager(oidcSettings(config, window.location.origin, new WebStorageStateStore({ store: window.sessionStorage })));
}

/**
 * A fresh nonce for each sign-in (OpenID Connect Core 3.1.2.1). oidc-client-ts sends one only when
 * given one, and then checks that the ID token carries it back: without it a stolen ID token could
 * be replayed into this flow.
 */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Off to the issuer's sign-in page, with state, nonce and the S256 code challenge. */
export async function startSignIn(config: OidcConfig, manager?: UserManager): Promise<void> {
  await (manager ?? (await userManagerFor(config))).signinRedirect({ nonce: newNonce() });
}

/**
 * RFC 9207: an issuer that says it names itself in the authorization response must do so, with
 * exactly its identifier; an `iss` naming another issuer is refused whether it says so or not (mix-up).
 */
export function checkAuthorizationResponseIssuer(callbackUrl: string, issuer: string, issParameterSupported: boolean): void {
  const iss = new URL(callbackUrl).searchParams.get('iss');
  if (iss === null ? issParameterSupported : iss !== issuer) {
    throw new SignInRefused('issuerMismatch', { issuer, named: iss ?? '-' });
  }
}

/**
 * The ID token as OpenID Connect Core 3.1.3.7 wants it checked (oidc-client-ts checks only the
 * subject and the nonce): `iss` exactly the issuer, `aud` naming this client, `azp` this client
 * when there are several audiences, not expired. Its signature may go unchecked: it came straight
 * from the token endpoint over TLS (3.1.3.7 item 6).
 */
export function checkIdToken(idToken: string | undefined, config: OidcConfig, now: number = Date.now()): void {
  const refuse = (reason: string) => {
    throw new SignInRefused('idTokenInvalid', { reason });
  };
  if (!idToken) return refuse('the token endpoint sent none');
  let claims: Record<string, unknown>;
  try {
    claims = claimsOf(idToken);
  } catch {
    return refuse('it is not a JWT');
  }
  if (claims['iss'] !== config.issuer) refuse(`it was issued by ${String(claims['iss'])}, not ${config.issuer}`);
  const audience = Array.isArray(claims['aud']) ? claims['aud'] : [claims['aud']];
  if (!audience.includes(config.clientId)) refuse(`it is meant for ${audience.join(', ')}, not ${config.clientId}`);
  if (audience.length > 1 && claims['azp'] !== config.clientId) refuse(`its authorized party is ${String(claims['azp'])}, not ${config.clientId}`);
  if (typeof claims['exp'] !== 'number' || claims['exp'] * 1000 <= now) refuse('it has expired');
}

/** The issuer's answer at /auth/callback: issuer checked, code and verifier exchanged, state and nonce checked, ID token checked. */
export async function completeSignIn(config: OidcConfig, callbackUrl: string, manager?: UserManager) {
  const oidc = manager ?? (await userManagerFor(config));
  const metadata = (await oidc.metadataService.getMetadata()) as { authorization_response_iss_parameter_supported?: boolean };
  checkAuthorizationResponseIssuer(callbackUrl, config.issuer, metadata.authorization_response_iss_parameter_supported === true);
  const user = await oidc.signinRedirectCallback(callbackUrl);
  checkIdToken(user.id_token, config);
  return user;
}

/**
 * The platform is the judge of a token (audience, issuer, `typ`): one call with it before the
 * session starts, so a token it refuses ends here with its reason rather than on a home whose
 * every call fails. Any route answers 401 for a refused token before it looks at roles; a 403
 * (a role that may not read the caller's subscription, the auditor's) means the token is good.
 */
export async function confirmWithPlatform(accessToken: string, issuer: string, fetchFn: typeof fetch = fetch): Promise<void> {
  const response = await fetchFn('/api/notifications/me', { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' } });
  if (response.status !== 401 && response.status < 500) return;
  let detail = `HTTP ${response.status}`;
  try {
    const problem = (await response.json()) as { detail?: string; title?: string };
    detail = problem.detail ?? problem.title ?? detail;
  } catch {
    // Not problem+json (a proxy's page): the status says enough.
  }
  throw new SignInRefused('refusedByPlatform', { issuer, detail });
}

/**
 * What /sign-in does with the issuer: `signed-out` on the way back from the issuer's logout (its
 * state checked); RP-initiated logout (`signing-out`, the browser leaves) when the issuer's
 * sign-in is still held in the tab but the session ended (the person signed out, or the platform
 * refused the token), so the next sign-in asks who it is rather than silently reusing the issuer's
 * session; otherwise `ready`. An issuer without an end_session_endpoint just forgets it here.
 */
export async function settleIssuerSession(manager: UserManager, pageUrl: string, hasSession: boolean): Promise<'signed-out' | 'signing-out' | 'ready'> {
  if (new URL(pageUrl).searchParams.has('state')) {
    await manager.signoutRedirectCallback(pageUrl);
    return 'signed-out';
  }
  if (hasSession) return 'ready';
  const user = await manager.getUser();
  if (!user) return 'ready';
  const metadata = await manager.metadataService.getMetadata();
  if (!metadata.end_session_endpoint) {
    await manager.removeUser();
    return 'ready';
  }
  // With state, the issuer sends it back and signoutRedirectCallback checks it (it sends none without).
  await manager.signoutRedirect({ id_token_hint: user.id_token, state: 'signed-out' });
  return 'signing-out';
}

/** The session an issuer's access token gives, or why it gives none: no role of the programme, with what it named instead. */
export function sessionFromIssuerToken(accessToken: string, issuer: string, who: string): Session {
  try {
    return sessionFromToken(accessToken);
  } catch {
    const roles = claimsOf(accessToken)['roles'];
    const named = Array.isArray(roles) ? roles.join(', ') : typeof roles === 'string' ? roles : '';
    throw new SignInRefused('noRole', { issuer, who, roles: named || '-' });
  }
}
