import type { Sql } from '@hpc-access/sql';

/** A record's Slurm account on its system: what an allocation is found by. */
export interface SlurmAccount {
  system: string;
  account: string;
}

export const slurmAccountKey = (a: SlurmAccount): string => `${a.system}\u0000${a.account}`;

/**
 * The allocation each Slurm account is charged to, and that allocation's system. An officer's
 * mapping for the system comes first; otherwise the project id, whatever its case (Slurm keeps
 * account names in lower case: `ehpc-aif-2026fl01-0003` is `EHPC-AIF-2026FL01-0003`).
 */
export async function allocationsOfAccounts(db: Sql, schema: string, accounts: SlurmAccount[]): Promise<Map<string, { allocationId: string; system: string }>> {
  const wanted = [...new Map(accounts.map((a) => [slurmAccountKey(a), { system: a.system, account: a.account }])).values()];
  const found = new Map<string, { allocationId: string; system: string }>();
  if (wanted.length === 0) return found;
  const { rows } = await db.query<{ system: string; account: string; allocation_id: string; allocation_system: string }>(
    `WITH wanted AS (SELECT w.system, w.account FROM jsonb_to_recordset($1::jsonb) AS w(system text, account text)),
     resolved AS (
       SELECT w.system, w.account,
              COALESCE(m.allocation_id,
                       (SELECT p.allocation_id FROM ${schema}.project_accounts p WHERE lower(p.project_id) = lower(w.account)
                        ORDER BY (p.project_id = w.account) DESC, p.project_id LIMIT 1)) AS allocation_id
       FROM wanted w
       LEFT JOIN ${schema}.slurm_account_mappings m ON m.system = w.system AND m.account = lower(w.account)
     )
     SELECT r.system, r.account, r.allocation_id, pa.system AS allocation_system
     FROM resolved r JOIN ${schema}.project_accounts pa ON pa.allocation_id = r.allocation_id`,
    [JSON.stringify(wanted)],
  );
  for (const row of rows) found.set(slurmAccountKey(row), { allocationId: row.allocation_id, system: row.allocation_system });
  return found;
}
