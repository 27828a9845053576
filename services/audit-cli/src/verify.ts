import type { Database } from '@hpc-access/sql';
import { statSync } from 'node:fs';
import { bundleFile, readBundle } from './bundle-source';
import { ChainVerifier, type Finding } from './chain-verifier';
import { eventSchemas, hasLedger, readSnapshot } from '@hpc-access/audit-bundle';
import { BundleLedgerStep } from './bundle-ledger';
import { BundleManifestStep } from './bundle-manifest-step';
import { checkLedger, type LedgerCheck, type LedgerCheckOptions } from './ledger-checkpoints';
import { HashWorkers } from './hash-workers';
import type { Progress } from './progress';
import type { StoredEvent } from '@hpc-access/audit-bundle';
import type { VerificationStep } from './verification-step';

export interface VerifyReport {
  ok: boolean;
  events: number;
  streams: number;
  services: Record<string, number>;
  seconds: number;
  eventsPerSecond: number;
  /** Events that do not match, first first (at most 100 kept; findingCount counts them all). */
  findings: Finding[];
  findingCount: number;
  /** What is wrong beyond single events: a cut or edited bundle, a ledger step's failures. */
  problems: string[];
  checked: string[];
  notChecked: string[];
}

/** The source cannot be verified as asked (a schema without events). */
export class SourceError extends Error {}

export interface VerifyOptions {
  progress: Progress;
  pageSize?: number;
  /** Threads that hash pages beside the reading one (default: a database, one per core, at most 4; a bundle, HashWorkers.forBundle). */
  hashThreads?: number;
  steps?: VerificationStep[];
}

const CHAINS = "every stream's hash chain, recomputed from the stored events (no keys needed: the hashes cover the stored, encrypted form)";
/** Until the ledger is checked, say plainly what the chains alone cannot see. */
const WITHOUT_LEDGER =
  "the ledger's signed checkpoints: without them the last events of a stream deleted, a whole stream deleted, or a stream re-hashed from an edit onwards leave every chain intact";

/** Verifies the events tables of a live database (a read-only role is enough). */
export async function verifyDatabase(db: Database, options: VerifyOptions & { schemas?: readonly string[]; ledger?: LedgerCheckOptions }): Promise<VerifyReport> {
  const allSchemas = await eventSchemas(db);
  const schemas = options.schemas ?? allSchemas;
  const missing = schemas.filter((schema) => !allSchemas.includes(schema));
  if (missing.length > 0) throw new SourceError(`no events table in schema(s) ${missing.join(', ')}`);
  const ledgerSchema = options.ledger?.schema ?? 'audit';
  const ledgerPresent = await hasLedger(db, ledgerSchema);
  if (options.ledger && !ledgerPresent) throw new SourceError(`--verifier-key: no audit ledger in this database (no ${ledgerSchema}.ledger_checkpoints)`);
  let ledger: LedgerCheck | undefined;
  const run = new Run(options);
  const workers = HashWorkers.start(options.hashThreads, { rows: true });
  // Pages hashed on other threads while this one reads on; checked along their streams in order.
  const pending: { events: StoredEvent[]; hashed: Promise<number[]> }[] = [];
  const checkOldest = async () => {
    const { events, hashed } = pending.shift()!;
    run.page(events, new Set(await hashed));
  };
  try {
    await readSnapshot(
      db,
      schemas,
      options.pageSize ?? 2000,
      {
        onTotals: (totals) => options.progress.setTotal([...totals.values()].reduce((a, b) => a + b, 0)),
        async onPage({ events }) {
          const hashed = workers.mismatches(events, true);
          hashed.catch(() => undefined);
          pending.push({ events, hashed });
          while (pending.length > workers.threads) await checkOldest();
        },
        async afterEvents(tx) {
          // Every service's events: a leaf may name any of them, whatever --schemas chose.
          if (options.ledger) ledger = await checkLedger(tx, allSchemas, options.ledger);
        },
      },
      { jsonText: true },
    );
    while (pending.length > 0) await checkOldest();
  } finally {
    await workers.close();
  }
  const notChecked = ledger ? [] : [ledgerPresent ? `${WITHOUT_LEDGER} (this database has the ledger: give --verifier-key to check it)` : WITHOUT_LEDGER];
  return run.report(ledger?.problems ?? [], ledger ? [ledger.checked] : [], notChecked);
}

/** Verifies an exported bundle offline: a file, or a directory holding bundle.jsonl. */
export async function verifyBundle(path: string, options: VerifyOptions & { verifierKey?: string }): Promise<VerifyReport> {
  const ledger = new BundleLedgerStep(options.verifierKey, WITHOUT_LEDGER);
  // The manifest step first: it sees the checkpoint records before the ledger step claims them.
  const steps = [new BundleManifestStep(options.verifierKey), ...(options.steps ?? []), ledger];
  const run = new Run({ ...options, steps });
  const workers = HashWorkers.start(options.hashThreads ?? HashWorkers.forBundle(statSync(bundleFile(path)).size));
  try {
    const read = await readBundle(
      path,
      options.pageSize ?? 2000,
      {
        onHeader: (header) => {
          options.progress.setTotal(Object.values(header.services).reduce((a, b) => a + b, 0));
          run.partial = header.range !== undefined;
          for (const step of steps) step.onHeader?.(header);
        },
        onPage: (events, mismatches) => run.page(events, mismatches),
        onRecord: (record, line, digestBefore) => steps.some((step) => step.onRecord?.(record, line, digestBefore) ?? false),
      },
      workers,
    );
    return await run.report(read.problems, ["the bundle's frame: its header, its end record's event count and SHA-256"], []);
  } finally {
    await workers.close();
  }
}

class Run {
  private readonly chains = new ChainVerifier();
  private readonly services: Record<string, number> = {};

  constructor(private readonly options: VerifyOptions) {}

  /** A time-range bundle: streams may start after position 0 (ChainVerifier.partial). */
  set partial(value: boolean) {
    this.chains.partial = value;
  }

  /** `mismatches`: the indexes of the events whose hash another thread found wrong (computed here when absent). */
  page(events: StoredEvent[], mismatches?: Set<number>): void {
    const steps = this.options.steps ?? [];
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      this.chains.check(event, mismatches && !mismatches.has(i));
      for (const step of steps) step.onEvent(event);
      this.services[event.service] = (this.services[event.service] ?? 0) + 1;
    }
    this.options.progress.add(events.length);
  }

  async report(otherProblems: string[], otherChecks: string[], notChecked: string[]): Promise<VerifyReport> {
    const steps = this.options.steps ?? [];
    const problems = [...otherProblems];
    for (const step of steps) problems.push(...(await step.finish()));
    const seconds = this.options.progress.finish();
    const { findings, findingCount } = this.chains.result();
    return {
      ok: findingCount === 0 && problems.length === 0,
      events: this.chains.events,
      streams: this.chains.streamCount,
      services: this.services,
      seconds,
      eventsPerSecond: seconds > 0 ? this.chains.events / seconds : 0,
      findings,
      findingCount,
      problems,
      checked: [CHAINS, ...otherChecks, ...steps.flatMap((step) => step.checked())],
      notChecked: [...notChecked, ...steps.flatMap((step) => step.notChecked())],
    };
  }
}
