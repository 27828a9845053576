import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Clock } from '@hpc-access/eventsourcing';

/**
 * A clock that several processes share through a file: real time plus an offset the test moves
 * (`advanceFileClock`). Distributed tests drive deadlines with it as embedded ones do with TestClock.
 */
export class FileClock implements Clock {
  constructor(private readonly path: string) {}

  now(): Date {
    return new Date(Date.now() + readOffset(this.path));
  }
}

export function advanceFileClock(path: string, ms: number): void {
  // Written beside and renamed into place: a process reading meanwhile sees the old offset or the
  // new one, never an empty file (which would read as no offset, a clock jumping back to real time).
  const next = `${path}.${process.pid}.next`;
  writeFileSync(next, String(readOffset(path) + ms));
  renameSync(next, path);
}

function readOffset(path: string): number {
  try {
    const offset = Number(readFileSync(path, 'utf8'));
    return Number.isFinite(offset) ? offset : 0;
  } catch {
    return 0;
  }
}
