import { invalid } from '@hpc-access/eventsourcing';
import { isIP } from 'node:net';

export const MAX_URL_LENGTH = 2000;

/**
 * The rules a webhook URL must meet (Standard Webhooks, "Enforcing HTTPS" and "SSRF"). Plain
 * http and loopback or private addresses only where the receiver is a test's or a developer's
 * own (`allowLocal`); credentials never, since the URL is shown in lists and logs.
 * A host name that resolves to a private address is not caught here: that needs an egress proxy
 * (the spec's smokescreen) in front of the senders, a deployment matter.
 */
export function validateEndpointUrl(raw: string, options: { allowLocal: boolean }): string {
  const field = 'url';
  if (typeof raw !== 'string' || raw.trim() === '') throw invalid('url-required', 'is required', field);
  if (raw.length > MAX_URL_LENGTH) throw invalid('url-too-long', `must be at most ${MAX_URL_LENGTH} characters`, field);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('url-malformed', 'is not an absolute URL', field);
  }
  if (url.protocol !== 'https:' && !(options.allowLocal && url.protocol === 'http:')) {
    throw invalid('url-not-https', 'must use https', field);
  }
  if (url.username !== '' || url.password !== '') throw invalid('url-has-credentials', 'must not hold a user name or password', field);
  if (url.hash !== '') throw invalid('url-has-fragment', 'must not hold a fragment (#...)', field);
  if (!options.allowLocal && isLocalHost(url.hostname)) {
    throw invalid('url-local-address', 'must not name a loopback, private or link-local address', field);
  }
  return url.toString();
}

function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return true;
  const version = isIP(host);
  if (version === 4) {
    const [a, b] = host.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (version === 6) {
    return host === '::1' || host === '::' || host.startsWith('fc') || host.startsWith('fd') || host.startsWith('fe80') || host.startsWith('::ffff:');
  }
  return false;
}
