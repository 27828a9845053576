/** Time enters a service here only: deciders take `now` from the command, tests drive the clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every command carries: time and identity come in, never from a clock inside a decider. */
export interface CommandContext {
  now: Date;
  actor: { id: string; role: string; organisationId?: string };
}
