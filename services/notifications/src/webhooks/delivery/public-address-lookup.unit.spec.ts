import { isLocalAddress } from '../domain/endpoint-url';
import { LOCAL_ADDRESS_CODE, publicAddressLookup } from './public-address-lookup';

const lookup = (hostname: string, all: boolean) =>
  new Promise<{ error: (Error & { code?: string }) | null; result: unknown }>((resolve) => {
    publicAddressLookup(hostname, { all } as never, (error, address) => resolve({ error, result: address }));
  });

describe('the lookup a webhook connection makes', () => {
  it.each([false, true])('refuses a name that resolves to a loopback address (all: %s)', async (all) => {
    const { error } = await lookup('localhost', all);
    expect(error?.code).toBe(LOCAL_ADDRESS_CODE);
  });

  it('passes a lookup failure on as it is', async () => {
    const { error } = await lookup('no-such-host.invalid', false);
    expect(error?.code).toMatch(/^E(NOTFOUND|AI_AGAIN)$/);
  });
});

describe('which addresses are not public', () => {
  it.each(['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.0.1', '169.254.169.254', '100.64.1.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1'])('%s is not', (address) => {
    expect(isLocalAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '2a00:1450:4001:82b::200e', '::ffff:93.184.216.34'])('%s is public', (address) => {
    expect(isLocalAddress(address)).toBe(false);
  });

  it('a host name is not an address', () => {
    expect(isLocalAddress('hooks.example.org')).toBe(false);
  });
});
