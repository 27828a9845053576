import { ENTITY_TYPE_NAMES, entityTypeOf } from '@hpc-access/audit-as-of';

/** A command line that cannot be run: said once, with the usage, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `usage:
  hpc-audit verify --database <postgres url> [--schemas intake,governance,...] [--verifier-key <key | file>] [--json]
  hpc-audit verify --data-dir <embedded data directory, platform stopped> [--schemas ...] [--verifier-key ...] [--json]
  hpc-audit verify --bundle <file.jsonl | directory with bundle.jsonl> [--verifier-key ...] [--json]
  hpc-audit export (--database <postgres url> | --data-dir <dir>) --out <file.jsonl> [--schemas ...] [--from <instant>] [--to <instant>] [--signer-key <key | file>]
  hpc-audit prove <event id> (--database <url> | --data-dir <dir> | --bundle <file>) --verifier-key <key | file> [--tree-size N] [--json]
  hpc-audit replay --as-of <instant> <entity type> <id> --bundle <file> [--verifier-key <key | file>] [--json]

verify exits 0 when everything matches, 1 when something does not (the first event that does
not match is named), 2 when it cannot run (bad arguments, unreachable database, not a bundle).
--verifier-key: the audit ledger's published key (GET /api/audit/ledger/public-key, "verifierKey"),
or a file holding it; with it, every signed checkpoint and its root are checked against the events
(export puts the ledger's checkpoints and each event's leaf index in the bundle). After a rotation
of the signing key, every key of the ledger's life (that route's "verifierKeys"): comma-separated,
each retired one as <verifier key>@<the last tree size it signed>, which it may sign up to only.
prove prints the event's inclusion proof in the newest signed checkpoint (or the one of
--tree-size), computed from the events, and checks it against the signed root: exit 0 proved,
1 not (not in the checkpoint yet, changed, gone), 2 cannot run (no such event, bad key).
export --from/--to: only the events recorded in [from, to) (ISO 8601), each with its inclusion
proof to the newest checkpoint; --signer-key: the audit ledger's signing key (AUDIT_SIGNER_KEY),
which signs the bundle's manifest (the audit service's GET /api/audit/export always signs it).
replay rebuilds an entity as of an instant from a bundle, offline, with the owning service's own
evolve (the audit service's GET /api/audit/entities/{type}/{id}?asOf= fold); with --verifier-key
the bundle is verified first and not replayed unless it verifies (exit 1). Entity types:
${ENTITY_TYPE_NAMES.join(', ')}. Exit 2: unknown type or id, not existing yet at that instant.
Progress goes to standard error, the report to standard output.`;

export interface Arguments {
  command: 'verify' | 'export' | 'prove' | 'replay' | 'help';
  /** replay: the entity and the instant (ISO 8601, normalised). */
  entityType?: string;
  entityId?: string;
  asOf?: string;
  /** prove: the event id. */
  eventId?: string;
  treeSize?: number;
  /** export: the time range, ISO 8601 instants. */
  from?: string;
  to?: string;
  signerKey?: string;
  database?: string;
  dataDir?: string;
  bundle?: string;
  out?: string;
  schemas?: string[];
  verifierKey?: string;
  json: boolean;
  pageSize?: number;
}

const VALUED = new Set(['--database', '--data-dir', '--bundle', '--out', '--schemas', '--page-size', '--verifier-key', '--tree-size', '--from', '--to', '--signer-key', '--as-of']);

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export function parseArguments(argv: readonly string[]): Arguments {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help', json: false };
  if (command !== 'verify' && command !== 'export' && command !== 'prove' && command !== 'replay') throw new UsageError(`unknown command "${command}"`);
  const values = new Map<string, string>();
  let json = false;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    if ((command === 'prove' || command === 'replay') && !flag.startsWith('--')) {
      positional.push(flag);
    } else if (flag === '--json') {
      json = true;
    } else if (VALUED.has(flag)) {
      const value = rest[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      values.set(flag, value);
    } else {
      throw new UsageError(`unknown option "${flag}"`);
    }
  }
  const args: Arguments = {
    command,
    database: values.get('--database'),
    dataDir: values.get('--data-dir'),
    bundle: values.get('--bundle'),
    out: values.get('--out'),
    schemas: values.get('--schemas')?.split(',').map((s) => s.trim()).filter((s) => s !== ''),
    verifierKey: values.get('--verifier-key'),
    json,
  };
  const pageSize = values.get('--page-size');
  if (pageSize !== undefined) {
    args.pageSize = Number(pageSize);
    if (!Number.isInteger(args.pageSize) || args.pageSize < 1) throw new UsageError('--page-size takes a positive integer');
  }
  for (const [flag, field] of [['--from', 'from'], ['--to', 'to']] as const) {
    const value = values.get(flag);
    if (value === undefined) continue;
    if (command !== 'export') throw new UsageError(`${flag} is for export`);
    if (!INSTANT.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError(`${flag} takes an ISO 8601 instant (2026-03-02T09:00:00Z) or a date`);
    args[field] = new Date(value).toISOString();
  }
  if (args.from !== undefined && args.to !== undefined && args.from >= args.to) throw new UsageError('--from must be before --to');
  args.signerKey = values.get('--signer-key');
  if (args.signerKey !== undefined && command !== 'export') throw new UsageError('--signer-key is for export');
  const treeSize = values.get('--tree-size');
  if (treeSize !== undefined) {
    args.treeSize = Number(treeSize);
    if (command !== 'prove') throw new UsageError('--tree-size is for prove');
    if (!Number.isSafeInteger(args.treeSize) || args.treeSize < 1) throw new UsageError('--tree-size takes a positive integer');
  }
  if (command === 'prove') {
    if (positional.length !== 1) throw new UsageError('prove takes one event id');
    args.eventId = positional[0];
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(args.eventId)) throw new UsageError(`prove: "${args.eventId}" is not an event id (a UUID)`);
    args.eventId = args.eventId.toLowerCase();
    if ([args.database, args.dataDir, args.bundle].filter((s) => s !== undefined).length !== 1) throw new UsageError('prove takes one of --database, --data-dir or --bundle');
    if (args.verifierKey === undefined) throw new UsageError('prove needs --verifier-key: a proof is checked against a signed checkpoint');
    if (args.schemas !== undefined) throw new UsageError('--schemas is not for prove: the event is looked for in every schema');
  }
  if (command === 'replay') replayArguments(args, positional, values.get('--as-of'));
  else if (values.has('--as-of')) throw new UsageError('--as-of is for replay');
  const sources = [args.database, args.dataDir, args.bundle].filter((s) => s !== undefined).length;
  if (command === 'verify' && sources !== 1) throw new UsageError('verify takes one of --database, --data-dir or --bundle');
  if (command === 'export') {
    if (args.bundle !== undefined || (args.database === undefined) === (args.dataDir === undefined)) throw new UsageError('export takes one of --database or --data-dir');
    if (args.out === undefined) throw new UsageError('export needs --out <file>');
  }
  if (args.verifierKey !== undefined && command === 'export') throw new UsageError('--verifier-key is for verify, prove and replay');
  if (args.bundle !== undefined && args.schemas !== undefined) throw new UsageError('--schemas selects from a database; a bundle is verified whole');
  return args;
}

function replayArguments(args: Arguments, positional: string[], asOf: string | undefined): void {
  if (positional.length !== 2) throw new UsageError('replay takes an entity type and an id');
  [args.entityType, args.entityId] = positional;
  if (!entityTypeOf(args.entityType)) throw new UsageError(`replay: unknown entity type "${args.entityType}" (known: ${ENTITY_TYPE_NAMES.join(', ')})`);
  if (asOf === undefined) throw new UsageError('replay needs --as-of <instant>');
  if (!INSTANT.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new UsageError('--as-of takes an ISO 8601 instant (2026-03-02T09:00:00Z) or a date');
  args.asOf = new Date(asOf).toISOString();
  if (args.bundle === undefined || args.database !== undefined || args.dataDir !== undefined) throw new UsageError('replay reads an exported bundle, offline: give --bundle <file>');
  if (args.schemas !== undefined) throw new UsageError('--schemas is not for replay: the entity type names its service');
}
