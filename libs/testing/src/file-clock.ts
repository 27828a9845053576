import { readFileSync, writeFileSync } from 'node:fs';
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
  writeFileSync(path, String(readOffset(path) + ms));
}

function readOffset(path: string): number {
  try {
    const offset = Number(readFileSync(path, 'utf8'));
    return Number.isFinite(offset) ? offset : 0;
  } catch {
    return 0;
  }
}
