import { describe, expect, it } from 'vitest';
import { ledgerFinding } from './ledger-finding';

describe("the audit ledger's finding in /health/ready", () => {
  it('is intact when ready lists the ledger up', () => {
    expect(ledgerFinding({ checks: { 'audit-ledger': 'up', storage: 'up' } })).toEqual({ state: 'intact' });
  });

  it("names an altered history from the not-ready problem's detail", () => {
    const detail = `not ready: ${JSON.stringify({ storage: 'up', 'audit-ledger': 'history altered: leaf 41 differs from the signed tree' })}`;
    expect(ledgerFinding({ detail })).toEqual({ state: 'altered', detail: 'history altered: leaf 41 differs from the signed tree' });
  });

  it('says the ledger is intact when another check is what is down, and unknown when the detail is unreadable', () => {
    expect(ledgerFinding({ detail: `not ready: ${JSON.stringify({ 'audit-ledger': 'up', storage: 'disk full' })}` })).toEqual({ state: 'intact' });
    expect(ledgerFinding({ detail: 'gateway timeout' })).toEqual({ state: 'unknown', detail: 'gateway timeout' });
  });
});
