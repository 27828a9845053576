import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { assertSchemaName, type Database } from '@hpc-access/sql';
import { BUNDLE_FORMAT, BUNDLE_VERSION, eventLine, type BundleEnd, type BundleHeader } from './bundle-format';
import { readSnapshot } from './database-source';
import type { Progress } from './progress';

export interface ExportReport {
  file: string;
  events: number;
  services: Record<string, number>;
  sha256: string;
}

/**
 * Writes every event of `schemas`, from one snapshot, to a bundle file (bundle-format.ts), with
 * the audit ledger's checkpoints and leaf indexes when `ledgerSchema` is given:
 * streamed a page at a time, waiting for the disk when it falls behind, so memory stays flat.
 */
export async function exportBundle(
  db: Database,
  schemas: readonly string[],
  file: string,
  progress: Progress,
  options: { pageSize?: number; now?: () => Date; /** The audit ledger's schema: its checkpoints and each event's leaf index go in. */ ledgerSchema?: string } = {},
): Promise<ExportReport> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  const digest = createHash('sha256');
  const write = async (text: string) => {
    digest.update(text, 'utf8');
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  let events = 0;
  let services: Record<string, number> = {};
  try {
    await readSnapshot(db, schemas, options.pageSize ?? 2000, {
      async onTotals(totals, tx) {
        services = Object.fromEntries(totals);
        progress.setTotal([...totals.values()].reduce((a, b) => a + b, 0));
        const header: BundleHeader = { record: 'bundle', format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exported_at: (options.now?.() ?? new Date()).toISOString(), services };
        let text = `${JSON.stringify(header)}\n`;
        // The ledger's signed checkpoints before the events, so a verifier knows the tree's size first.
        if (options.ledgerSchema !== undefined) {
          const { rows } = await tx.query<{ size: number; note: string }>(`SELECT tree_size::float8 AS size, note FROM ${assertSchemaName(options.ledgerSchema)}.ledger_checkpoints ORDER BY tree_size`);
          for (const row of rows) text += `${JSON.stringify({ record: 'checkpoint', tree_size: row.size, note: row.note })}\n`;
        }
        await write(text);
      },
      async onPage({ events: page }) {
        let text = '';
        for (const event of page) text += `${eventLine(event)}\n`;
        events += page.length;
        progress.add(page.length);
        await write(text);
      },
    }, { ledgerSchema: options.ledgerSchema });
    const sha256 = digest.copy().digest('hex');
    const end: BundleEnd = { record: 'end', events, sha256 };
    out.end(`${JSON.stringify(end)}\n`);
    await Promise.race([once(out, 'finish'), failed]);
    return { file, events, services, sha256 };
  } finally {
    if (!out.writableFinished) out.destroy();
  }
}
