import { ledgerOptionsFromEnv } from './ledger-options';

describe('the ledger configuration from the environment', () => {
  it('takes the key, origin and cadence, and generates no development key when a key is set', () => {
    expect(ledgerOptionsFromEnv({ AUDIT_SIGNER_KEY: 'PRIVATE+KEY+x+00+AA', AUDIT_LOG_ORIGIN: 'audit.example', AUDIT_CHECKPOINT_EVERY: '100', AUDIT_CHECKPOINT_SECONDS: '30' })).toEqual({
      signerKey: 'PRIVATE+KEY+x+00+AA', origin: 'audit.example', developmentKey: false, checkpointEvery: 100, checkpointIntervalMs: 30_000,
    });
  });

  it('keeps a development key outside production only', () => {
    expect(ledgerOptionsFromEnv({})).toEqual({ developmentKey: true });
    expect(ledgerOptionsFromEnv({ NODE_ENV: 'production' })).toEqual({ developmentKey: false });
  });

  it('refuses a cadence that is not a whole number above 0, naming the variable', () => {
    expect(() => ledgerOptionsFromEnv({ AUDIT_CHECKPOINT_EVERY: '0' })).toThrow('AUDIT_CHECKPOINT_EVERY must be a whole number above 0, not "0"');
    expect(() => ledgerOptionsFromEnv({ AUDIT_CHECKPOINT_SECONDS: 'soon' })).toThrow(/AUDIT_CHECKPOINT_SECONDS/);
  });
});
