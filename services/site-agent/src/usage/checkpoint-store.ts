import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** How far usage has been pushed: every job that ended before `until` was accepted by the platform. */
export interface UsageCheckpoint {
  system: string;
  cluster: string;
  until: string;
  savedAt: string;
  batchesPushed: number;
}

/**
 * The checkpoint file in the state directory. Written to a temporary file, flushed, then renamed
 * over the old one (and the directory flushed): after a crash or power loss the file is either
 * the old checkpoint or the new one, never half of each.
 */
export class CheckpointStore {
  readonly file: string;

  constructor(stateDir: string, private readonly scope: { system: string; cluster: string }) {
    this.file = join(stateDir, `usage-checkpoint.${scope.system}.json`);
  }

  read(): UsageCheckpoint | null {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const parsed = JSON.parse(text) as UsageCheckpoint;
    if (parsed.system !== this.scope.system || parsed.cluster !== this.scope.cluster || Number.isNaN(Date.parse(parsed.until))) {
      throw new Error(`${this.file} is not a checkpoint of system ${this.scope.system} on cluster ${this.scope.cluster}; move it away to start from the platform's checkpoint`);
    }
    return parsed;
  }

  save(until: Date, batchesPushed: number): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const checkpoint: UsageCheckpoint = { ...this.scope, until: until.toISOString(), savedAt: new Date().toISOString(), batchesPushed };
    writeDurably(this.file, `${JSON.stringify(checkpoint, null, 2)}\n`);
  }
}

/** Temporary file, fsync, rename, fsync of the directory. */
export function writeDurably(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  const handle = openSync(temporary, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameSync(temporary, file);
  const directory = openSync(dirname(file), 'r');
  try {
    fsyncSync(directory);
  } finally {
    closeSync(directory);
  }
}
