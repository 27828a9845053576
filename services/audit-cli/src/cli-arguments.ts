/** A command line that cannot be run: said once, with the usage, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `usage:
  hpc-audit verify --database <postgres url> [--schemas intake,governance,...] [--verifier-key <key | file>] [--json]
  hpc-audit verify --data-dir <embedded data directory, platform stopped> [--schemas ...] [--verifier-key ...] [--json]
  hpc-audit verify --bundle <file.jsonl | directory with bundle.jsonl> [--verifier-key ...] [--json]
  hpc-audit export (--database <postgres url> | --data-dir <dir>) --out <file.jsonl> [--schemas ...]

verify exits 0 when everything matches, 1 when something does not (the first event that does
not match is named), 2 when it cannot run (bad arguments, unreachable database, not a bundle).
--verifier-key: the audit ledger's published key (GET /api/audit/ledger/public-key, "verifierKey"),
or a file holding it; with it, every signed checkpoint and its root are checked against the events
(export puts the ledger's checkpoints and each event's leaf index in the bundle).
Progress goes to standard error, the report to standard output.`;

export interface Arguments {
  command: 'verify' | 'export' | 'help';
  database?: string;
  dataDir?: string;
  bundle?: string;
  out?: string;
  schemas?: string[];
  verifierKey?: string;
  json: boolean;
  pageSize?: number;
}

const VALUED = new Set(['--database', '--data-dir', '--bundle', '--out', '--schemas', '--page-size', '--verifier-key']);

export function parseArguments(argv: readonly string[]): Arguments {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help', json: false };
  if (command !== 'verify' && command !== 'export') throw new UsageError(`unknown command "${command}"`);
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    if (flag === '--json') {
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
  const sources = [args.database, args.dataDir, args.bundle].filter((s) => s !== undefined).length;
  if (command === 'verify' && sources !== 1) throw new UsageError('verify takes one of --database, --data-dir or --bundle');
  if (command === 'export') {
    if (args.bundle !== undefined || (args.database === undefined) === (args.dataDir === undefined)) throw new UsageError('export takes one of --database or --data-dir');
    if (args.out === undefined) throw new UsageError('export needs --out <file>');
  }
  if (args.verifierKey !== undefined && command !== 'verify') throw new UsageError('--verifier-key is for verify');
  if (args.bundle !== undefined && args.schemas !== undefined) throw new UsageError('--schemas selects from a database; a bundle is verified whole');
  return args;
}
