import type { Clock } from '@hpc-access/eventsourcing';

/** A clock tests move by hand: deadlines and timestamps without waiting. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-02T09:00:00.000Z')) {}

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
