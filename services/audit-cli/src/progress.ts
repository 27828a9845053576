/** Where progress goes: standard error, so standard output stays the report. */
export type Write = (text: string) => void;

/**
 * "verify: 120000/200000 events (60%), 85312 events/s", at most once a second and once at the
 * end. The clock is injected for tests.
 */
export class Progress {
  private done = 0;
  private total: number | undefined;
  private readonly started: number;
  private lastShown: number;

  constructor(
    private readonly label: string,
    private readonly write: Write,
    private readonly now: () => number = () => performance.now(),
    private readonly everyMs = 1000,
  ) {
    this.started = now();
    this.lastShown = this.started;
  }

  setTotal(total: number): void {
    this.total = total;
  }

  add(events: number): void {
    this.done += events;
    const now = this.now();
    if (now - this.lastShown >= this.everyMs) {
      this.lastShown = now;
      this.show(now);
    }
  }

  /** The last line; returns the seconds since the start. */
  finish(): number {
    const now = this.now();
    this.show(now);
    return (now - this.started) / 1000;
  }

  private show(now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 1e-9);
    const of = this.total === undefined ? '' : `/${this.total}`;
    const percent = this.total ? ` (${Math.floor((100 * this.done) / this.total)}%)` : '';
    this.write(`${this.label}: ${this.done}${of} events${percent}, ${Math.round(this.done / seconds)} events/s\n`);
  }
}
