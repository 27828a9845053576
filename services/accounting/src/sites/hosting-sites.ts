import { Inject, Injectable } from '@nestjs/common';
import type { HostingSitesChanged } from '@hpc-access/contracts';
import type { Sql } from '@hpc-access/sql';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape } from '../accounting.tokens';

/**
 * The site-to-systems map, learnt from allocation (which owns it as configuration, ADR 15): what a
 * site's token may charge and read in accounting. Nothing here is configured by accounting itself.
 */
@Injectable()
export class HostingSites {
  constructor(@Inject(ACCOUNTING_DB) private readonly db: Sql, @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape) {}

  async systemsOf(siteId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ system: string }>(`SELECT system FROM ${this.options.schema}.hosting_sites WHERE site_id = $1 ORDER BY system`, [siteId]);
    return rows.map((r) => r.system);
  }

  /**
   * Replaces the map with allocation's latest, in the inbox's transaction. A change older than the
   * one applied (a redelivery after a later change) is ignored, so the map never goes back.
   */
  async replace(tx: Sql, change: HostingSitesChanged): Promise<void> {
    const table = `${this.options.schema}.hosting_sites`;
    const { rows } = await tx.query<{ latest: Date | null }>(`SELECT max(changed_at) AS latest FROM ${table}`);
    const latest = rows[0]?.latest;
    if (latest && new Date(latest).getTime() > new Date(change.changedAt).getTime()) return;
    await tx.query(`DELETE FROM ${table}`);
    const pairs = change.sites.flatMap((site) => site.systems.map((system) => ({ system, siteId: site.siteId })));
    if (pairs.length === 0) return;
    await tx.query(
      `INSERT INTO ${table} (system, site_id, changed_at)
       SELECT p->>'system', p->>'siteId', $2 FROM jsonb_array_elements($1::jsonb) AS p
       ON CONFLICT (system) DO NOTHING`,
      [JSON.stringify(pairs), change.changedAt],
    );
  }
}
