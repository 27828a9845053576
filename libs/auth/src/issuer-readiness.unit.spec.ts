import { Logger } from '@nestjs/common';
import { IssuerReadiness } from './issuer-readiness';
import type { JwtVerifier } from './jwt-verifier';
import { IssuerMismatchError, IssuerUnavailableError } from './token-errors';

/** A verifier whose issuer answers as the test says, without any network. */
function verifierAnswering(...answers: (Error | 'ok')[]): JwtVerifier & { calls: number } {
  const fake = {
    issuer: 'https://id.example/realms/hpc',
    calls: 0,
    async connect() {
      const answer = answers[Math.min(fake.calls++, answers.length - 1)];
      if (answer !== 'ok') throw answer;
    },
  };
  return fake as unknown as JwtVerifier & { calls: number };
}

const away = new IssuerUnavailableError('OIDC discovery at https://id.example/realms/hpc/.well-known/openid-configuration failed: fetch failed');

describe('IssuerReadiness', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'warn', 'error']));

  it('is ready after a first attempt that succeeds', async () => {
    const readiness = new IssuerReadiness(verifierAnswering('ok'));
    await readiness.onApplicationBootstrap();
    expect(readiness.ready).toBe(true);
    await expect(readiness.check()).resolves.toBeUndefined();
  });

  it('fails start-up on a discovery document naming another issuer, saying what to set', async () => {
    const mismatch = new IssuerMismatchError('https://id.example/realms/hpc/', 'https://id.example/realms/hpc', 'https://id.example/realms/hpc/.well-known/openid-configuration');
    const readiness = new IssuerReadiness(verifierAnswering(mismatch));
    await expect(readiness.onApplicationBootstrap()).rejects.toThrow(
      'AUTH_ISSUER is "https://id.example/realms/hpc/" but the issuer\'s discovery document (https://id.example/realms/hpc/.well-known/openid-configuration) ' +
        'names "https://id.example/realms/hpc", which its tokens carry in "iss"; OpenID Connect Discovery 1.0 section 4.3 requires the two to be identical: ' +
        'they differ only by a trailing slash; set AUTH_ISSUER to "https://id.example/realms/hpc"',
    );
  });

  it('keeps retrying an unreachable issuer, doubling the wait up to the maximum, and becomes ready when it answers', async () => {
    jest.useFakeTimers();
    try {
      const verifier = verifierAnswering(away, away, away, away, 'ok');
      const readiness = new IssuerReadiness(verifier, { initialDelayMs: 1000, maxDelayMs: 3000 });
      await readiness.onApplicationBootstrap();
      expect([readiness.ready, verifier.calls]).toEqual([false, 1]);
      await jest.advanceTimersByTimeAsync(1000);
      expect(verifier.calls).toBe(2);
      await jest.advanceTimersByTimeAsync(1999);
      expect(verifier.calls).toBe(2);
      await jest.advanceTimersByTimeAsync(1);
      expect(verifier.calls).toBe(3);
      // 4000 would be next: capped at 3000.
      await jest.advanceTimersByTimeAsync(3000);
      expect(verifier.calls).toBe(4);
      await jest.advanceTimersByTimeAsync(3000);
      expect([readiness.ready, verifier.calls]).toEqual([true, 5]);
      await readiness.whenReady();
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('lets a readiness probe find the issuer back without waiting out the backoff', async () => {
    const verifier = verifierAnswering(away, 'ok');
    const readiness = new IssuerReadiness(verifier, { initialDelayMs: 3_600_000 });
    await readiness.onApplicationBootstrap();
    await expect(readiness.check()).resolves.toBeUndefined();
    expect(readiness.ready).toBe(true);
    await readiness.whenReady();
    readiness.onModuleDestroy();
  });

  it('reports why it is not ready while the issuer stays away', async () => {
    const readiness = new IssuerReadiness(verifierAnswering(away), { initialDelayMs: 3_600_000 });
    await readiness.onApplicationBootstrap();
    await expect(readiness.check()).rejects.toThrow(/^identity provider https:\/\/id\.example\/realms\/hpc not reachable \(attempt 1\): OIDC discovery at .* failed: fetch failed$/);
    readiness.onModuleDestroy();
  });

  it('stops retrying once a later attempt finds a mismatch: configuration does not mend itself', async () => {
    jest.useFakeTimers();
    try {
      const mismatch = new IssuerMismatchError('https://id.example/a', 'https://id.example/b', 'https://id.example/a/.well-known/openid-configuration');
      const verifier = verifierAnswering(away, mismatch);
      const readiness = new IssuerReadiness(verifier, { initialDelayMs: 1000 });
      await readiness.onApplicationBootstrap();
      await jest.advanceTimersByTimeAsync(1000);
      expect(verifier.calls).toBe(2);
      expect(jest.getTimerCount()).toBe(0);
      await expect(readiness.check()).rejects.toThrow(/^AUTH_ISSUER is "https:\/\/id\.example\/a" .*: set AUTH_ISSUER to "https:\/\/id\.example\/b" if that is the issuer meant, else correct it$/);
      expect(verifier.calls).toBe(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('stops retrying when the application closes', async () => {
    jest.useFakeTimers();
    try {
      const verifier = verifierAnswering(away);
      const readiness = new IssuerReadiness(verifier, { initialDelayMs: 1000 });
      await readiness.onApplicationBootstrap();
      readiness.onModuleDestroy();
      await jest.advanceTimersByTimeAsync(60_000);
      expect(verifier.calls).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
