import { DomainError, fold, type Decider, type DomainEvent } from '@hpc-access/eventsourcing';

/** What a spec may say about a refusal besides its code; matchers such as expect.stringContaining work. */
export type ExpectedRefusal = Partial<Pick<DomainError, 'kind' | 'field' | 'message'>>;

/**
 * given(events).when(command).then(events) for a pure decider (STYLE.md). Local stand-in until
 * @hpc-access/testing exports a shared deciderSpec.
 */
export function deciderSpec<Command, State, Event extends DomainEvent>(decider: Decider<Command, State, Event>) {
  return {
    given: (events: readonly Event[] = []) => ({
      when: (command: Command) => {
        const decide = (): Event[] => decider.decide(command, fold(decider, events));
        return {
          then(expected: readonly Event[]): Event[] {
            const actual = decide();
            expect(actual).toEqual(expected);
            return actual;
          },
          /** Folds the given and the decided events and matches the resulting state. */
          thenState(expected: Partial<State> | Record<string, unknown>): State {
            const state = fold(decider, [...events, ...decide()]);
            expect(state).toMatchObject(expected);
            return state;
          },
          thenThrows(code: string, expected: ExpectedRefusal = {}): DomainError {
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
    }),
  };
}
