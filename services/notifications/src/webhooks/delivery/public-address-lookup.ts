import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isLocalAddress } from '../domain/endpoint-url';

/** The code a connection refused by `publicAddressLookup` fails with. */
export const LOCAL_ADDRESS_CODE = 'EADDRLOCAL';

/**
 * A DNS lookup for the socket itself that refuses a host name resolving to any address but a
 * public one (Standard Webhooks, "SSRF"). Checked at the address the connection is made to, not
 * at registration: a name can resolve elsewhere later, or differently for each lookup (DNS
 * rebinding). One local address among several refuses them all.
 */
export const publicAddressLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...(options as LookupOneOptions), all: true } as LookupAllOptions, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const local = addresses.find((a) => isLocalAddress(a.address));
    if (local || addresses.length === 0) {
      const refused = Object.assign(new Error(`${hostname} resolves to a loopback, private or otherwise non-public address`), { code: LOCAL_ADDRESS_CODE });
      return callback(refused, '', 0);
    }
    // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily), else for one.
    if ((options as LookupAllOptions).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};
