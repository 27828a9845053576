import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Database } from '@hpc-access/sql';
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
 * Writes every event of `schemas`, from one snapshot, to a bundle file (bundle-format.ts):
 * streamed a page at a time, waiting for the disk when it falls behind, so memory stays flat.
 */
export async function exportBundle(db: Database, schemas: readonly string[], file: string, progress: Progress, options: { pageSize?: number; now?: () => Date } = {}): Promise<ExportReport> {
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
      onTotals(totals) {
        services = Object.fromEntries(totals);
        progress.setTotal([...totals.values()].reduce((a, b) => a + b, 0));
        const header: BundleHeader = { record: 'bundle', format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exported_at: (options.now?.() ?? new Date()).toISOString(), services };
        digest.update(`${JSON.stringify(header)}\n`, 'utf8');
        out.write(`${JSON.stringify(header)}\n`);
      },
      async onPage({ events: page }) {
        let text = '';
        for (const event of page) text += `${eventLine(event)}\n`;
        events += page.length;
        progress.add(page.length);
        await write(text);
      },
    });
    const sha256 = digest.copy().digest('hex');
    const end: BundleEnd = { record: 'end', events, sha256 };
    out.end(`${JSON.stringify(end)}\n`);
    await Promise.race([once(out, 'finish'), failed]);
    return { file, events, services, sha256 };
  } finally {
    if (!out.writableFinished) out.destroy();
  }
}
