import { isDeliverableAddress, parseFromAddress } from './address';

describe('an e-mail address', () => {
  it.each(['ada@example.eu', 'first.last+tag@sub.example.co.uk', 'x@xn--bcher-kva.example'])('%s is deliverable', (address) => {
    expect(isDeliverableAddress(address)).toBe(true);
  });

  it.each([
    ['no at sign', 'ada.example.eu'],
    ['no local part', '@example.eu'],
    ['no dot in the domain', 'ada@localhost'],
    ['a display name', 'Ada <ada@example.eu>'],
    ['a line break (header injection)', 'ada@example.eu\r\nBcc: all@example.eu'],
    ['a space', 'ada lovelace@example.eu'],
    ['two dots', 'ada..l@example.eu'],
    ['a domain label starting with a hyphen', 'ada@-example.eu'],
    ['an over-long local part', `${'a'.repeat(65)}@example.eu`],
    ['an empty string', ''],
  ])('with %s is not deliverable', (_why, address) => {
    expect(isDeliverableAddress(address)).toBe(false);
  });
});

describe('the from setting', () => {
  it('gives its address and domain, with or without a display name', () => {
    expect(parseFromAddress('HPC Access <notify@Mail.Example.eu>')).toEqual({ address: 'notify@Mail.Example.eu', domain: 'mail.example.eu' });
    expect(parseFromAddress('notify@example.eu')).toEqual({ address: 'notify@example.eu', domain: 'example.eu' });
  });

  it('is refused at start-up when it holds no address', () => {
    expect(() => parseFromAddress('HPC Access')).toThrow('no valid address');
  });
});
