import { assertNever, canonicalJson, conflict, notFound, type CommandContext, type Decider, type DomainError } from '@hpc-access/eventsourcing';

/**
 * What a service calls its configuration's commands, events and payload. The names are part of
 * the stored events, so each service keeps the ones its data directories already hold.
 */
export interface ConfigurationNames {
  /** The payload's key in commands, events and state: `configuration`, `settings`, `rules`. */
  key: string;
  seed: string;
  change: string;
  seeded: string;
  changed: string;
}

export const CONFIGURATION_NAMES = {
  key: 'configuration',
  seed: 'SeedConfiguration',
  change: 'ChangeConfiguration',
  seeded: 'ConfigurationSeeded',
  changed: 'ConfigurationChanged',
} as const;

/** No extra fields. */
export type Nothing = Record<never, never>;

type Keyed<N extends ConfigurationNames, T> = { [P in N['key']]: T };

export type ConfigurationState<N extends ConfigurationNames, C> = Keyed<N, C | null>;

export type SeedCommand<N extends ConfigurationNames, C> = { type: N['seed']; data: Keyed<N, C>; context: CommandContext };
/** `X`: what a change carries besides the configuration (intake's reason). */
export type ChangeCommand<N extends ConfigurationNames, C, X = Nothing> = { type: N['change']; data: Keyed<N, C> & X; context: CommandContext };
export type ConfigurationCommand<N extends ConfigurationNames, C, X = Nothing> = SeedCommand<N, C> | ChangeCommand<N, C, X>;

/** `S` and `D`: what the seeded and changed events record besides the configuration (when, by whom). */
export type SeededEvent<N extends ConfigurationNames, C, S = Nothing> = { type: N['seeded']; data: Keyed<N, C> & S };
export type ChangedEvent<N extends ConfigurationNames, C, D = Nothing> = { type: N['changed']; data: Keyed<N, C> & D };
export type ConfigurationEvent<N extends ConfigurationNames, C, S = Nothing, D = Nothing> = SeededEvent<N, C, S> | ChangedEvent<N, C, D>;

/**
 * A change that says what is already in force: `ignore` records nothing (PUT is idempotent),
 * `refuse` is a 409 `configuration-unchanged`, `record` writes the event anyway (it carries a reason).
 */
export type WhenUnchanged = 'ignore' | 'refuse' | 'record';

export interface ConfigurationRules<N extends ConfigurationNames, C, X = Nothing, S = Nothing, D = Nothing> {
  names: N;
  /** The sense a configuration must make whatever wrote it (a DTO, the seed file); throws `invalid`. */
  validate(configuration: C): void;
  whenUnchanged: WhenUnchanged;
  /** Equality for `whenUnchanged`; canonical JSON by default (stored jsonb comes back with its keys reordered). */
  same?(a: C, b: C): boolean;
  /** A change before the seed; by default 404 `configuration-not-seeded`. */
  notSeeded?(): DomainError;
  /** What the seeded event records besides the configuration. */
  seeded(context: CommandContext): S;
  /** What a changed event records besides the configuration. */
  changed(change: { previous: C; data: Keyed<N, C> & X; context: CommandContext }): D;
  /**
   * A configuration recorded before a field existed, completed from the seed at the next start
   * (recorded as a change, so every number has an event behind it); undefined: nothing to add.
   * Only for configurations whose change carries nothing but the configuration.
   */
  upgrade?(current: C, seed: C): C | undefined;
}

export const notSeededError = (): DomainError => notFound('configuration-not-seeded', 'the configuration has not been seeded yet');

/**
 * The decider every versioned configuration shares: the seed is the first event and only the
 * first (seeding runs at every start), a change is validated and recorded, one stream holds it all.
 */
export function configurationDecider<N extends ConfigurationNames, C, X = Nothing, S = Nothing, D = Nothing>(
  rules: ConfigurationRules<N, C, X, S, D>,
): Decider<ConfigurationCommand<N, C, X>, ConfigurationState<N, C>, ConfigurationEvent<N, C, S, D>> {
  const { names } = rules;
  const key = names.key as N['key'];
  const same = rules.same ?? ((a: C, b: C) => canonicalJson(a) === canonicalJson(b));
  const stateOf = (configuration: C | null) => ({ [key]: configuration }) as ConfigurationState<N, C>;
  const payload = <T>(configuration: C, rest: T) => ({ [key]: configuration, ...rest }) as Keyed<N, C> & T;
  const changed = (previous: C, data: Keyed<N, C> & X, context: CommandContext): ChangedEvent<N, C, D> => ({
    type: names.changed,
    data: payload(data[key], rules.changed({ previous, data, context })),
  });

  function decide(command: ConfigurationCommand<N, C, X>, state: ConfigurationState<N, C>): ConfigurationEvent<N, C, S, D>[] {
    const current = state[key] as C | null;
    const proposed = command.data[key] as C;
    if (command.type === names.seed) {
      if (current !== null) {
        const upgraded = rules.upgrade?.(current, proposed);
        return upgraded === undefined ? [] : [changed(current, payload(upgraded, {}) as Keyed<N, C> & X, command.context)];
      }
      rules.validate(proposed);
      return [{ type: names.seeded, data: payload(proposed, rules.seeded(command.context)) }];
    }
    if (command.type === names.change) {
      if (current === null) throw (rules.notSeeded ?? notSeededError)();
      rules.validate(proposed);
      if (rules.whenUnchanged !== 'record' && same(current, proposed)) {
        if (rules.whenUnchanged === 'ignore') return [];
        throw conflict('configuration-unchanged', 'the configuration is already exactly this');
      }
      return [changed(current, command.data as Keyed<N, C> & X, command.context)];
    }
    return assertNever(command as never);
  }

  return {
    initialState: () => stateOf(null),
    evolve: (_state, event) => stateOf(event.data[key] as C),
    decide,
  };
}
