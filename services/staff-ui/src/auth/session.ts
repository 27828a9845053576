import { isRole, type Role } from './roles';

/**
 * Who is signed in, kept in sessionStorage: it survives a reload but not the tab, and no other
 * site can read it. The token is sent as Bearer on every API call (api/client.ts).
 */
export interface Session {
  token: string;
  /** Epoch milliseconds; the session is dropped after it. */
  expiresAt: number;
  userId: string;
  roles: Role[];
  /** The role whose screens are shown (a person with several roles picks one). */
  activeRole: Role;
  organisationId?: string;
  siteId?: string;
  name?: string;
}

const KEY = 'hpc-access.session';
const listeners = new Set<() => void>();

export function currentSession(now: number = Date.now()): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (typeof session.token !== 'string' || !isRole(session.activeRole) || session.expiresAt <= now) return null;
    return session;
  } catch {
    return null;
  }
}

export function startSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener());
}

export function endSession(): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: the shell re-renders when someone signs in or out. */
export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The claims of a JWT's payload, read without verifying it: the API verifies every token; the
 * browser only needs to know which screens to show.
 */
export function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** A session from an access token, with the platform's default claim names (libs/auth identity.ts). */
export function sessionFromToken(token: string, preferredRole?: Role): Session {
  const claims = claimsOf(token);
  const roles = (Array.isArray(claims['roles']) ? claims['roles'] : []).filter(isRole);
  const activeRole = preferredRole && roles.includes(preferredRole) ? preferredRole : roles[0];
  if (!activeRole) throw new Error('the token names no role of the programme');
  const session: Session = { token, expiresAt: typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : Date.now() + 3600_000, userId: String(claims['sub']), roles, activeRole };
  if (typeof claims['org'] === 'string') session.organisationId = claims['org'];
  if (typeof claims['site'] === 'string') session.siteId = claims['site'];
  const name = claims['name'] ?? claims['preferred_username'];
  if (typeof name === 'string') session.name = name;
  return session;
}
