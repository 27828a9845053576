import type { Clock } from '@hpc-access/eventsourcing';

const DAY = 86_400_000;

/** How far in the past the demo starts: its first allocations have closed and their reports fallen due by today. */
export const DEMO_PAST_DAYS = 160;
export const DEMO_PAST_MS = DEMO_PAST_DAYS * DAY;

/**
 * The platform's clock while the demo is seeded: real time shifted by an offset that only moves
 * forward and never past real time. Seeding starts in the past and travels to the present; from
 * then on (offset 0) it is the system clock.
 */
export class DemoClock implements Clock {
  private offsetMs: number;

  constructor(startOffsetMs = -DEMO_PAST_MS) {
    this.offsetMs = Math.min(0, startOffsetMs);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** How far behind real time the clock still is (0: it is real time). */
  get behindMs(): number {
    return -this.offsetMs;
  }

  /** Moves the clock `ms` forward, at most to real time. */
  travel(ms: number): void {
    if (ms <= 0) return;
    this.offsetMs = Math.min(0, this.offsetMs + ms);
  }
}
