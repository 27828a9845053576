import { readModelPage, type Page, type PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { slurmAccountMappingView, type SlurmAccountMappingRow } from './slurm-account-mappings';
import type { SlurmAccountMappingView } from './slurm-account-mapping.view';

/** A page of the Slurm accounts officers mapped to allocations, by system then account, from the lookup table the ledger reads. */
export async function listSlurmAccountMappings(db: Sql, schema: string, filter: { system?: string }, query: PageQuery): Promise<Page<SlurmAccountMappingView>> {
  const { rows, ...page } = await readModelPage<SlurmAccountMappingRow>(db, `${schema}.slurm_account_mappings`, [['system = ?', filter.system]], 'system, account', query);
  return { ...page, rows: rows.map(slurmAccountMappingView) };
}
