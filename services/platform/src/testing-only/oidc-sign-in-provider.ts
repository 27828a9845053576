import { fork } from 'node:child_process';
import { join } from 'node:path';
import { closeProviderProcess, providerReply } from '@hpc-access/auth/testing-only';

/**
 * A real, certified OpenID Provider (panva's `oidc-provider`) that people sign in to through its
 * own login and consent pages: the authorization-code flow with PKCE of a browser app, and
 * RP-initiated logout. libs/auth's `startTestIssuer` serves machines (client credentials); this
 * one serves the staff UI's browser tests.
 *
 * Each client is public (no secret, PKCE required) and gets JWT access tokens (RFC 9068) whose
 * `aud` is its `audience`; each account's `tokenClaims` go into its access tokens verbatim (the
 * platform's `roles`, `org`, `site`), its `name` into the ID token. The login page takes the
 * account's `login` and any password.
 *
 * ```ts
 * const idp = await startSignInProvider({ accounts: [{ login: 'eva', name: 'Eva', tokenClaims: { roles: ['intake-officer'] } }] });
 * // AUTH_MODE=oidc AUTH_ISSUER=idp.issuer, then, once the UI's address is known:
 * await idp.registerClients([{ clientId: 'hpc-access-staff-ui', audience: 'hpc-access', redirectUris: [`${ui}/auth/callback`], postLogoutRedirectUris: [`${ui}/sign-in`] }]);
 * ```
 */
export interface SignInAccount {
  login: string;
  name: string;
  tokenClaims: Record<string, unknown>;
}

export interface SignInClient {
  clientId: string;
  /** `aud` of the access tokens this client gets. */
  audience: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface RunningSignInProvider {
  /** `http://127.0.0.1:<port>`, exactly as in `iss` and the discovery document. */
  issuer: string;
  /** Who may sign in where: set once the apps' addresses are known (the issuer keeps its address and keys). */
  registerClients(clients: SignInClient[]): Promise<void>;
  close(): Promise<void>;
}

export async function startSignInProvider(options: { accounts: SignInAccount[]; clients?: SignInClient[]; accessTokenTtlSeconds?: number }): Promise<RunningSignInProvider> {
  const child = fork(join(__dirname, 'oidc-sign-in-provider-process.mjs'), [], {
    // Not Jest's --experimental-vm-modules, nor anything else meant for the test process.
    env: { ...process.env, NODE_OPTIONS: '' },
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const settings = (clients: SignInClient[]) => ({ accounts: options.accounts, clients, ttl: options.accessTokenTtlSeconds ?? 600 });
  let issuer: string;
  try {
    child.send({ type: 'start', settings: settings(options.clients ?? []) });
    ({ issuer } = await providerReply<{ issuer: string }>(child, 'listening', 'sign-in provider'));
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    issuer,
    async registerClients(clients) {
      child.send({ type: 'configure', settings: settings(clients) });
      await providerReply(child, 'configured', 'sign-in provider');
    },
    close: () => closeProviderProcess(child, exited),
  };
}
