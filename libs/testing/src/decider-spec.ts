/// <reference types="jest" />
import { DomainError, fold, type Decider, type DomainEvent } from '@hpc-access/eventsourcing';

/** What a spec may say about a refusal besides its code; matchers such as expect.stringContaining work. */
export type ExpectedRefusal = Partial<Pick<DomainError, 'kind' | 'field' | 'message'>>;

export interface DeciderOutcome<State, Event> {
  /** Asserts the command decided exactly these events, in order; returns them. */
  then(expected: readonly Event[]): Event[];
  /** Folds the given and the decided events and matches the resulting state (toMatchObject). */
  thenState(expected: Partial<State> | Record<string, unknown>): State;
  /** Asserts the command was refused with a DomainError of this code (and these details). */
  thenThrows(code: string, expected?: ExpectedRefusal): DomainError;
}

export interface DeciderGiven<Command, State, Event> {
  when(command: Command): DeciderOutcome<State, Event>;
}

export interface DeciderSpecification<Command, State, Event> extends DeciderGiven<Command, State, Event> {
  given(events?: readonly Event[]): DeciderGiven<Command, State, Event>;
}

/**
 * given/when/then for pure deciders (STYLE.md):
 * `deciderSpec(decider).given([...past]).when(command).then([...expected])` or `.thenThrows('code')`.
 */
export function deciderSpec<Command, State, Event extends DomainEvent>(
  decider: Decider<Command, State, Event>,
): DeciderSpecification<Command, State, Event> {
  const given = (history: readonly Event[] = []): DeciderGiven<Command, State, Event> => ({
    when: (command) => {
      const decide = (): Event[] => decider.decide(command, fold(decider, history));
      return {
        then(expected) {
          // The outcome has a `then` method, so `await` would take it for a promise: say so plainly.
          if (typeof expected === 'function') throw new TypeError('deciderSpec: call .then(expectedEvents); do not await it');
          const actual = decide();
          expect(actual).toEqual(expected);
          return actual;
        },
        thenState(expected) {
          const state = fold(decider, [...history, ...decide()]);
          expect(state).toMatchObject(expected);
          return state;
        },
        thenThrows(code, expected = {}) {
          let thrown: unknown;
          try {
            decide();
          } catch (error) {
            thrown = error;
          }
          if (!(thrown instanceof DomainError)) {
            throw new Error(`expected a DomainError '${code}', got ${thrown === undefined ? 'no error' : String(thrown)}`);
          }
          expect({ code: thrown.code, kind: thrown.kind, field: thrown.field, message: thrown.message }).toMatchObject({ code, ...expected });
          return thrown;
        },
      };
    },
  });
  return { given, when: (command) => given([]).when(command) };
}
