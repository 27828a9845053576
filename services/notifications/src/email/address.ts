/**
 * What we accept as an e-mail address: a plain ASCII `local@domain` (domain with a dot, IDNs in
 * their punycode form), no display name, no comment, no line break. Stricter than RFC 5322 on
 * purpose: an address that fails here fails the same on every retry, so it is rejected, not retried.
 */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isDeliverableAddress(address: string): boolean {
  if (address.length > 254) return false;
  const at = address.lastIndexOf('@');
  if (at <= 0) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  return local.length <= 64 && LOCAL.test(local) && labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

/**
 * The address and its domain of a `From` setting, `notify@example.eu` or
 * `HPC Access <notify@example.eu>`; throws when there is none, at start-up rather than at send.
 */
export function parseFromAddress(from: string): { address: string; domain: string } {
  const bracketed = /<([^<>]*)>\s*$/.exec(from);
  const address = (bracketed === null ? from : bracketed[1]).trim();
  if (!isDeliverableAddress(address)) throw new Error('The e-mail "from" setting holds no valid address');
  return { address, domain: address.slice(address.lastIndexOf('@') + 1).toLowerCase() };
}
