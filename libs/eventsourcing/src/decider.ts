import type { Actor, DomainEvent } from './envelope';

/** What every command carries besides its payload: time and identity come in, never from a clock inside. */
export interface CommandMetadata {
  now: Date;
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
}

/**
 * A decider (Chassaing): pure functions only. `decide` returns the events a command causes or
 * throws a DomainError; `evolve` folds one event into the state.
 */
export interface Decider<Command, State, Event extends DomainEvent> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

export function fold<State, Event extends DomainEvent>(
  decider: Pick<Decider<unknown, State, Event>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/** Compile-time exhaustiveness: a command or event forgotten in a switch does not compile. */
export function assertNever(value: never): never {
  throw new Error(`unhandled variant: ${JSON.stringify(value)}`);
}
