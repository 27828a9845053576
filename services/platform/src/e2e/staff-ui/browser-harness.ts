import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { InProcessBus } from '@hpc-access/messaging';
import { findRepoFile, openPglite } from '@hpc-access/sql';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createPlatformApp } from '../../create-app';

/**
 * What the browser tests share: the UI built once, the embedded platform with the UI on a free
 * port over an in-memory database and a temporary data directory, one Chromium (Debian's, no
 * download). One platform and one browser per test file: CI has 2 cores and little time.
 */
/** The staff UI's workspace: the tests build it and the platform serves its dist/. */
export const UI_ROOT = findRepoFile(join('services', 'staff-ui'), __dirname);
const DIST = join(UI_ROOT, 'dist');
export const SCREENSHOTS = join(UI_ROOT, 'test', 'screenshots');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface BrowserHarness {
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  app: NestExpressApplication;
  /** A bearer token of the development identity provider, to arrange data through the API. */
  token(role: string, extra?: { userId?: string; organisationId?: string; siteId?: string }): Promise<string>;
  /** A JSON call to the API as someone, for a test's arrangements. */
  call<T>(token: string, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T; etag: string | null }>;
  close(): Promise<void>;
}

/** Builds the UI when dist/ is older than what it is built from (`npm test` builds it first: then this is a no-op). */
export function ensureUiBuilt(): void {
  const result = spawnSync(process.execPath, [join(UI_ROOT, 'scripts', 'build-if-changed.mjs')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the staff UI failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  // Fail, never skip, without the browser: CI installs it (.ci/run).
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH)`);
  ensureUiBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'hpc-access-ui-'));
  const db = await openPglite(undefined);
  const bus = new InProcessBus({ logger: silent, retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 } });
  const app = await createPlatformApp(
    { db, bus, auth: { mode: 'embedded', publicBaseUrl: 'http://127.0.0.1', dataDir }, scheduler: { autoStart: false } },
    { dir: DIST, auth: { mode: 'development' } },
  );
  app.useLogger(false);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  // bypassCSP: axe is injected as an inline script, which the UI's CSP rightly refuses.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', bypassCSP: true });
  const page = await context.newPage();
  // Long enough for 2 busy cores, short enough that a failing step does not eat CI's time.
  page.setDefaultTimeout(30_000);
  // The first load parses the whole bundle: slow when the cores are shared with other test files.
  page.setDefaultNavigationTimeout(90_000);
  const call: BrowserHarness['call'] = async (token, method, path, body, headers = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as never, etag: response.headers.get('etag') };
  };
  return {
    baseUrl,
    browser,
    context,
    page,
    app,
    call,
    async token(role, extra = {}) {
      const response = await fetch(`${baseUrl}/api/dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role, ...extra }) });
      if (!response.ok) throw new Error(`token for ${role}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js', { paths: [UI_ROOT] }), 'utf8');

/** axe-core on the page as it is: the serious and critical violations (WCAG 2.1 AA rules), to fail on. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated in the page as text: this file is compiled for Node.js, without the DOM's types.
  if (!(await page.evaluate('"axe" in window'))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate<AxeViolation[]>(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  })()`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with the list when axe finds a serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  if (violations.length > 0) {
    const list = violations.map((v) => `  ${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`).join('\n');
    throw new Error(`${screen}: ${violations.length} serious accessibility violation(s):\n${list}`);
  }
}

/** A screenshot of the page under services/staff-ui/test/screenshots/ (the README shows some). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // A full-page capture re-lays the page out at its whole height; on 2 busy cores that once took
  // longer than a step's timeout. Animations are stopped (they keep the capture waiting for stable
  // frames) and a capture that timed out is taken once more with a longer wait.
  const options = { path, fullPage: true, animations: 'disabled' as const, caret: 'hide' as const };
  try {
    await page.screenshot(options);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    await page.screenshot({ ...options, timeout: 120_000 });
  }
  return path;
}

/** Signs in on the sign-in page as a demo person of the role, and waits for the role's home. */
export async function signIn(page: Page, baseUrl: string, role: string, person?: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL('**/sign-in');
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: roleLabel(role), exact: true }).click();
  if (person) {
    await page.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('option', { name: person }).click();
  }
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`**/${role}`);
}

export function roleLabel(role: string): string {
  const labels = (JSON.parse(readFileSync(join(UI_ROOT, 'src', 'i18n', 'en.json'), 'utf8')) as { roles: Record<string, string> }).roles;
  const label = labels[role];
  if (!label) throw new Error(`no role ${role} in the UI's strings`);
  return label;
}

/** Signs out (the header's button), back on the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
}

/** Forgets the signed-in person without the header (the token lives in the tab's sessionStorage), so the next sign-in may pick another role. */
export async function forgetSession(page: Page): Promise<void> {
  await page.evaluate('sessionStorage.clear()');
}
