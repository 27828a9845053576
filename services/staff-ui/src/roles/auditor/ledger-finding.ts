/**
 * The audit ledger's finding from `/health/ready`: ready lists `audit-ledger: up`; not ready, the
 * problem's detail is `not ready: {"audit-ledger": "history altered: …", …}` (libs/http health.ts),
 * so the auditor sees whether the stored history still matches the newest signed checkpoint.
 */
export type LedgerFinding = { state: 'intact' } | { state: 'altered' | 'checking'; detail: string } | { state: 'unknown'; detail: string };

export function ledgerFinding(answer: { checks: Record<string, string> } | { detail?: string }): LedgerFinding {
  if ('checks' in answer) return answer.checks['audit-ledger'] === 'up' ? { state: 'intact' } : { state: 'unknown', detail: 'no audit-ledger check' };
  const detail = answer.detail ?? '';
  const json = detail.slice(detail.indexOf('{'));
  let checks: Record<string, unknown> = {};
  try {
    checks = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return { state: 'unknown', detail };
  }
  const finding = checks['audit-ledger'];
  if (finding === undefined || finding === 'up') return finding === 'up' ? { state: 'intact' } : { state: 'unknown', detail };
  const text = String(finding);
  return { state: /altered/.test(text) ? 'altered' : /checking/.test(text) ? 'checking' : 'unknown', detail: text };
}
