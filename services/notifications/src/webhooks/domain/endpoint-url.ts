import { invalid } from '@hpc-access/eventsourcing';
import ipaddr from 'ipaddr.js';

export const MAX_URL_LENGTH = 2000;

/**
 * The rules a webhook URL must meet (Standard Webhooks, "Enforcing HTTPS" and "SSRF"). Plain
 * http and loopback or private addresses only where the receiver is a test's or a developer's
 * own (`allowLocal`); credentials never, since the URL is shown in lists and logs.
 * A host name that resolves to a private address is caught when sending, at the address the
 * connection is made to (`delivery/public-address-lookup.ts`), where a rebinding DNS cannot slip by.
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
  return isLocalAddress(host);
}

/**
 * Any address but a public unicast one: loopback, private, link-local, unique-local, shared
 * (CGNAT), unspecified, multicast, reserved, and IPv4 inside IPv6 by what it holds. ipaddr.js
 * keeps the IANA special-purpose ranges, so a range added there is refused here too.
 */
export function isLocalAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() !== 'unicast';
}
