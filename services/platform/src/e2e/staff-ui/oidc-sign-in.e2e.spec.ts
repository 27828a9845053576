import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { InProcessBus } from '@hpc-access/messaging';
import { openPglite } from '@hpc-access/sql';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { createPlatformApp } from '../../create-app';
import { startSignInProvider, type RunningSignInProvider } from '../../testing-only/oidc-sign-in-provider';
import { ensureUiBuilt, expectAccessible, UI_ROOT } from './browser-harness';

// Each step waits up to the page's timeout; a test of several steps on CI's 2 busy cores needs
// more than Jest's default minute.
jest.setTimeout(180_000);

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const UI_CLIENT = 'hpc-access-staff-ui';
/** Registered at the same issuer for another API: what a UI configured with the wrong client gets. */
const OTHER_CLIENT = 'another-api-console';
const ORGANISATION = 'org-oidc-aurora';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

const base64url = (bytes: Buffer) => bytes.toString('base64url');
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

// The staff UI signing in with OpenID Connect against a real, certified provider (panva's
// oidc-provider): its login and consent pages, the authorization-code flow with PKCE, the
// platform in AUTH_MODE=oidc verifying the token, and RP-initiated logout. One provider, one
// platform and one Chromium for the file.
describe('staff UI sign-in with an OpenID Connect issuer', () => {
  let idp: RunningSignInProvider;
  let app: NestExpressApplication;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH)`);
    ensureUiBuilt();
    idp = await startSignInProvider({
      accounts: [
        { login: 'ada', name: 'Ada Lovelace', tokenClaims: { roles: ['applicant'], org: ORGANISATION } },
        // A role some other application of the same issuer knows; the platform knows none of it.
        { login: 'mallory', name: 'Mallory Admin', tokenClaims: { roles: ['superuser'] } },
      ],
    });
    // As AUTH_MODE=oidc AUTH_ISSUER=<issuer> AUTH_AUDIENCE=hpc-access configure it (main.ts).
    app = await createPlatformApp(
      { db: await openPglite(undefined), bus: new InProcessBus({ logger: silent, retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 } }), auth: { mode: 'oidc', issuer: idp.issuer, audience: 'hpc-access' }, scheduler: { autoStart: false } },
      { dir: join(UI_ROOT, 'dist'), auth: { mode: 'oidc', issuer: idp.issuer, clientId: UI_CLIENT, scope: 'openid profile' } },
    );
    app.useLogger(false);
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const registration = { redirectUris: [`${baseUrl}/auth/callback`], postLogoutRedirectUris: [`${baseUrl}/sign-in`] };
    await idp.registerClients([
      { clientId: UI_CLIENT, audience: 'hpc-access', ...registration },
      { clientId: OTHER_CLIENT, audience: 'another-api', ...registration },
    ]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', bypassCSP: true });
    // The provider's own pages import a web font; nothing leaves the machine.
    await context.route(/^https:\/\/fonts\.googleapis\.com\//, (route) => route.abort());
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.setDefaultNavigationTimeout(90_000);
  }, 300_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.close();
    await idp?.close();
  }, 60_000);

  /** From the UI's sign-in page through the provider's login and consent pages, back at /auth/callback. */
  async function signInAtIssuer(login: string): Promise<void> {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('button', { name: `Sign in with ${new URL(idp.issuer).host}` }).click();
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // Consent: the provider asks once per client and account.
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  it('signs an applicant in with the code, PKCE S256, state and nonce, lands on their home, calls the API with the token, and signs out at the issuer too', async () => {
    const authorization: Request[] = [];
    const tokenRequests: Request[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${idp.issuer}/auth?`)) authorization.push(request);
      if (request.url() === `${idp.issuer}/token` && request.method() === 'POST') tokenRequests.push(request);
    });
    // The whole sign-in comes first: the first load of the bundle alone can take long on busy cores.
    const applications = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/applications' && response.request().method() === 'GET', { timeout: 180_000 });

    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/sign-in');
    await signInAtIssuer('ada');
    await page.waitForURL(`${baseUrl}/applicant`);
    await page.getByText('Signed in as Ada Lovelace (Applicant)').waitFor();

    // The authorization request (RFC 6749 4.1.1, RFC 7636 4.3, OpenID Connect Core 3.1.2.1).
    const asked = new URL(authorization[0]!.url()).searchParams;
    expect(Object.fromEntries(['response_type', 'client_id', 'redirect_uri', 'code_challenge_method'].map((name) => [name, asked.get(name)]))).toEqual({
      response_type: 'code', client_id: UI_CLIENT, redirect_uri: `${baseUrl}/auth/callback`, code_challenge_method: 'S256',
    });
    expect(asked.get('scope')?.split(' ')).toContain('openid');
    expect(asked.get('state')?.length).toBeGreaterThanOrEqual(16);
    expect(asked.get('nonce')?.length).toBeGreaterThanOrEqual(32);
    // The token request (RFC 6749 4.1.3, RFC 7636 4.5): the verifier whose S256 is the challenge, no secret.
    expect(tokenRequests).toHaveLength(1);
    const sent = new URLSearchParams(tokenRequests[0]!.postData() ?? '');
    expect(sent.get('grant_type')).toBe('authorization_code');
    expect(sent.get('client_id')).toBe(UI_CLIENT);
    expect(sent.get('redirect_uri')).toBe(`${baseUrl}/auth/callback`);
    expect(sent.get('code')).toBeTruthy();
    expect(sent.get('code_verifier')).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
    expect(base64url(createHash('sha256').update(sent.get('code_verifier') ?? '').digest())).toBe(asked.get('code_challenge'));
    expect(sent.has('client_secret')).toBe(false);

    // The home's list came from the platform, which took the provider's token (its audience, its claims).
    const answer = await applications;
    expect(answer.status()).toBe(200);
    const token = (await answer.request().headerValue('authorization'))?.replace(/^Bearer /, '') ?? '';
    expect(claimsOf(token)).toMatchObject({ iss: idp.issuer, aud: 'hpc-access', sub: 'ada', roles: ['applicant'], org: ORGANISATION });
    await expectAccessible(page, 'applicant home after OIDC sign-in');

    // Sign-out ends the issuer's session too (RP-initiated logout): the provider asks, then sends the browser back.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${idp.issuer}/session/end**`);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.getByText(`You have signed out, at ${new URL(idp.issuer).host} too.`).waitFor();
    // The next sign-in asks who it is again rather than reusing the provider's session.
    await page.getByRole('button', { name: `Sign in with ${new URL(idp.issuer).host}` }).click();
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    await page.locator('input[name="login"]').waitFor();
  });

  it('says why, with the way back, when the account has no role the platform knows', async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await signInAtIssuer('mallory');
    await page.waitForURL(`${baseUrl}/auth/callback**`);
    await page.getByText('You signed in at', { exact: false }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain(`as Mallory Admin, but your account has no role in HPC Access (the token names: superuser)`);
    await expectAccessible(page, 'OIDC sign-in refused: no role');
    // Back to sign-in ends the provider's session, so another account can sign in.
    await page.getByRole('link', { name: 'Back to sign-in' }).click();
    await page.waitForURL(`${idp.issuer}/session/end**`);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
  });

  it('says why when the platform refuses the token: a client whose tokens are for another API', async () => {
    // A deployment whose STAFF_UI_OIDC_CLIENT_ID names a client of another API (a missing audience mapper).
    await page.route(`${baseUrl}/config.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ auth: { mode: 'oidc', issuer: idp.issuer, clientId: OTHER_CLIENT, scope: 'openid profile' } }) }),
    );
    try {
      await signInAtIssuer('ada');
      await page.waitForURL(`${baseUrl}/auth/callback**`);
      await page.getByText('the platform refused the token', { exact: false }).waitFor();
      const message = await page.getByRole('alert').innerText();
      expect(message).toContain(`You signed in at ${idp.issuer}, but the platform refused the token it gave:`);
      expect(message).toContain('token audience "another-api" does not include "hpc-access"');
      expect(await page.evaluate('sessionStorage.getItem("hpc-access.session")')).toBeNull();
    } finally {
      await page.unroute(`${baseUrl}/config.json`);
    }
  });
});
