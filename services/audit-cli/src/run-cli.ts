import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSignerKey } from '@hpc-access/ledger';
import { DataDirectoryError } from '@hpc-access/sql';
import { BundleFormatError } from '@hpc-access/audit-bundle';
import { parseArguments, UsageError, USAGE, type Arguments } from './cli-arguments';
import { eventSchemas, hasLedger } from '@hpc-access/audit-bundle';
import { exportBundle } from '@hpc-access/audit-bundle';
import { VerifierKeyError } from './ledger-checkpoints';
import { displayUrl, openDatabase } from './open-database';
import { Progress, type Write } from './progress';
import { NoSuchEventError, proveInclusion, proveReportText, type ProveReport } from './prove';
import { bundleProofMaterial, databaseProofMaterial } from './prove-sources';
import { ReplayError, replayFromBundle, replayReportText } from './replay';
import { exportReportText, verifyReportText } from './report-text';
import { describeFinding } from './chain-verifier';
import { SourceError, verifyBundle, verifyDatabase, type VerifyReport } from './verify';

export interface CliIo {
  stdout: Write;
  stderr: Write;
}

/** Runs one command line; returns the exit code (0 verified, 1 does not match, 2 cannot run). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: Arguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`hpc-audit: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    if (args.command === 'prove') return await prove(args, io);
    if (args.command === 'replay') return await replay(args, io);
    return args.command === 'verify' ? await verify(args, io) : await exportCommand(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SourceError || error instanceof VerifierKeyError || error instanceof NoSuchEventError || error instanceof ReplayError || error instanceof BundleFormatError || error instanceof DataDirectoryError || isConnectionOrSqlError(error)) {
      io.stderr(`hpc-audit: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

async function verify(args: Arguments, io: CliIo): Promise<number> {
  let report: VerifyReport;
  let source: string;
  if (args.bundle !== undefined) {
    source = `bundle ${resolve(args.bundle)}`;
    report = await verifyBundle(args.bundle, { progress: new Progress('hpc-audit verify', io.stderr), pageSize: args.pageSize, verifierKey: args.verifierKey === undefined ? undefined : keyText(args.verifierKey) });
  } else {
    const opened = await openDatabase(args);
    source = args.database !== undefined ? `database ${displayUrl(args.database)}` : `data directory ${resolve(args.dataDir as string)}`;
    try {
      // Timed from here: the rate is reading and checking, not opening an embedded database.
      const progress = new Progress('hpc-audit verify', io.stderr);
      const ledger = args.verifierKey === undefined ? undefined : { verifierKey: keyText(args.verifierKey) };
      report = await verifyDatabase(opened.db, { progress, pageSize: args.pageSize, schemas: args.schemas, ledger });
    } finally {
      await opened.close();
    }
  }
  io.stdout(args.json ? `${JSON.stringify({ source, ...report })}\n` : verifyReportText(source, report));
  return report.ok ? 0 : 1;
}

async function prove(args: Arguments, io: CliIo): Promise<number> {
  const options = { eventId: args.eventId as string, verifierKey: keyText(args.verifierKey as string), treeSize: args.treeSize };
  let report: ProveReport;
  let source: string;
  if (args.bundle !== undefined) {
    source = `bundle ${resolve(args.bundle)}`;
    report = await proveInclusion(await bundleProofMaterial(args.bundle, options.eventId), options);
  } else {
    source = args.database !== undefined ? `database ${displayUrl(args.database)}` : `data directory ${resolve(args.dataDir as string)}`;
    const opened = await openDatabase(args);
    try {
      if (!(await hasLedger(opened.db, 'audit'))) throw new SourceError('no audit ledger in this database (no audit.ledger_checkpoints): nothing to prove against');
      // One read-only snapshot: the event, its leaf, the checkpoint and the other leaves agree.
      report = await opened.db.transaction(async (tx) => {
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        return proveInclusion(await databaseProofMaterial(tx, options.eventId), options);
      });
    } finally {
      await opened.close();
    }
  }
  io.stdout(args.json ? `${JSON.stringify({ source, ...report })}\n` : proveReportText(source, report));
  return report.ok ? 0 : 1;
}

/**
 * replay: with --verifier-key the bundle is verified first (the same verify as `verify --bundle`)
 * and an entity is never rebuilt from a bundle that does not verify; without it the answer says
 * the bundle was not verified.
 */
async function replay(args: Arguments, io: CliIo): Promise<number> {
  const source = `bundle ${resolve(args.bundle as string)}`;
  let verified = 'not verified: no --verifier-key';
  if (args.verifierKey !== undefined) {
    const report = await verifyBundle(args.bundle as string, { progress: new Progress('hpc-audit replay: verifying', io.stderr), pageSize: args.pageSize, verifierKey: keyText(args.verifierKey) });
    if (!report.ok) {
      const why = report.findings[0] ? `the first event that does not match: ${describeFinding(report.findings[0])}` : report.problems[0];
      io.stderr(`hpc-audit replay: the bundle does not verify, nothing replayed: ${why} (hpc-audit verify --bundle names every finding)\n`);
      return 1;
    }
    verified = 'verified first: every event matches';
  }
  const answer = await replayFromBundle(args.bundle as string, args.entityType as string, args.entityId as string, new Date(args.asOf as string));
  if (args.json) {
    // The audit route's answer as it is; where it came from goes beside it, on standard error.
    io.stderr(`hpc-audit replay: from ${source} (${verified})\n`);
    io.stdout(`${JSON.stringify(answer)}\n`);
  } else {
    io.stdout(replayReportText(source, verified, answer));
  }
  return 0;
}

async function exportCommand(args: Arguments, io: CliIo): Promise<number> {
  const opened = await openDatabase(args);
  try {
    const progress = new Progress('hpc-audit export', io.stderr);
    const schemas = args.schemas ?? (await eventSchemas(opened.db));
    // The audit ledger goes in when the database has it (the audit service's schema).
    const ledgerSchema = (await hasLedger(opened.db, 'audit')) ? 'audit' : undefined;
    const range = args.from !== undefined || args.to !== undefined ? { from: args.from, to: args.to } : undefined;
    const signer = args.signerKey === undefined ? undefined : signerOf(keyText(args.signerKey));
    const report = await exportBundle(opened.db, schemas, resolve(args.out as string), progress, { pageSize: args.pageSize, ledgerSchema, range, signer });
    progress.finish();
    io.stdout(args.json ? `${JSON.stringify(report)}\n` : exportReportText(report));
    return 0;
  } finally {
    await opened.close();
  }
}

/** pg's connection failures and the server's SQL errors: the database cannot be read as asked. */
function isConnectionOrSqlError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (/^[0-9A-Z]{5}$/.test(code) || code.startsWith('E'));
}

function signerOf(text: string) {
  try {
    return parseSignerKey(text);
  } catch (error) {
    throw new VerifierKeyError(`--signer-key: ${(error as Error).message}`);
  }
}

/** The key itself, or the file that holds it (as the audit service logs and publishes it). */
function keyText(value: string): string {
  return existsSync(value) ? readFileSync(value, 'utf8').trim() : value;
}
