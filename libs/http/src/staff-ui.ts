import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AuthModuleOptions } from '@hpc-access/auth';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** How the staff UI signs people in, as it reads it from `/config.json`. */
export type StaffUiAuth = { mode: 'development' } | { mode: 'oidc'; issuer: string; clientId: string; scope: string };

export interface StaffUiOptions {
  /** The built app (services/staff-ui/dist, `npm run ui:build`). Nothing is served when it has no index.html. */
  dir: string;
  auth: StaffUiAuth;
}

/**
 * `STAFF_UI_DIR` (default `services/staff-ui/dist` under the working directory), and for an
 * OpenID Connect issuer the UI's public client: `STAFF_UI_OIDC_CLIENT_ID` (default
 * `hpc-access-staff-ui`) and `STAFF_UI_OIDC_SCOPE` (default `openid profile`).
 */
export function staffUiOptionsFromEnv(auth: AuthModuleOptions, env: Readonly<Record<string, string | undefined>> = process.env): StaffUiOptions {
  const dir = resolve(env['STAFF_UI_DIR'] ?? join(process.cwd(), 'services', 'staff-ui', 'dist'));
  if (auth.mode === 'embedded') return { dir, auth: { mode: 'development' } };
  return { dir, auth: { mode: 'oidc', issuer: auth.issuer, clientId: env['STAFF_UI_OIDC_CLIENT_ID'] ?? 'hpc-access-staff-ui', scope: env['STAFF_UI_OIDC_SCOPE'] ?? 'openid profile' } };
}

/** Paths the UI never answers: the API, the probes and the metrics keep their own 404s and problem+json. */
const NOT_THE_UI = /^\/(api|health|metrics)(\/|$)/;

/**
 * Serves the staff UI at `/`: its files, `/config.json`, and index.html for any other GET a
 * browser navigates to (the app routes in the browser: `/intake-officer/queue?status=screening`
 * must load after a reload). Registered before the routes but never for /api, /health or
 * /metrics, so it cannot shadow them. index.html goes out with a CSP that lets the app reach the
 * OpenID Connect issuer (discovery and the token endpoint are fetched by the browser) and nothing else.
 * Returns false, serving nothing, when the app was not built.
 */
export function serveStaffUi(app: NestExpressApplication, options: StaffUiOptions): boolean {
  const indexPath = join(options.dir, 'index.html');
  if (!existsSync(indexPath)) return false;
  const index = readFileSync(indexPath);
  const config = JSON.stringify({ auth: options.auth });
  const csp = staffUiCsp(options.auth);
  const assets = join(options.dir, 'assets');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || NOT_THE_UI.test(request.path)) return next();
    if (request.path === '/config.json') {
      response.type('application/json').send(config);
      return;
    }
    if (request.path.startsWith('/assets/')) return next();
    // A path with a file extension that is not one of the app's files is a 404, not the app.
    if (/\.[A-Za-z0-9]+$/.test(request.path) && request.path !== '/index.html') return next();
    response.setHeader('Content-Security-Policy', csp);
    response.type('html').send(index);
  });
  // Hashed file names: a file never changes under its name, so browsers may keep it.
  app.useStaticAssets(assets, {
    prefix: '/assets/',
    index: false,
    fallthrough: true,
    setHeaders: (response) => response.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
  });
  return true;
}

/** helmet's policy (ADR 14) with the issuer's origin added to connect-src for the OIDC flow. */
export function staffUiCsp(auth: StaffUiAuth): string {
  const connect = ["'self'", ...(auth.mode === 'oidc' ? [new URL(auth.issuer).origin] : [])].join(' ');
  return [
    "default-src 'self'",
    "base-uri 'self'",
    "font-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    // Mantine sets CSS variables and component styles in style attributes and <style> elements.
    "style-src 'self' 'unsafe-inline'",
    `connect-src ${connect}`,
  ].join(';');
}
