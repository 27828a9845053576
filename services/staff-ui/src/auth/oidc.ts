import type { UserManager } from 'oidc-client-ts';

/**
 * The authorization-code flow with PKCE against the configured issuer (oidc-client-ts does PKCE by
 * default). Loaded on demand: a deployment with the development provider never needs it.
 */
export async function userManagerFor(config: { issuer: string; clientId: string; scope: string }): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}/auth/callback`,
    post_logout_redirect_uri: `${window.location.origin}/sign-in`,
    response_type: 'code',
    scope: config.scope,
    // The flow's state (verifier, nonce) lives in the tab only, as the session does.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
}
