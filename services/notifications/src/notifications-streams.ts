import { Inject, Injectable } from '@nestjs/common';
import {
  EncryptingEventStore, PersonalDataCipher, fold,
  type CommandContext, type CommandResult, type Decider, type DomainEvent, type PersonalDataKeysIn, type RecordedEvent, type TransactionalEventStore,
} from '@hpc-access/eventsourcing';
import { CommandsInTransaction, type WithoutContext } from '@hpc-access/messaging';
import type { Database, Sql } from '@hpc-access/sql';
import { NOTIFICATIONS_PERSONAL_DATA } from './notifications-personal-data';
import { applyToReadModels } from './notifications-read-models';
import { NOTIFICATIONS_DB, NOTIFICATIONS_KEYS_IN, NOTIFICATIONS_OPTIONS, NOTIFICATIONS_RAW_STORE, type NotificationsOptionsShape } from './notifications.tokens';

export interface CommandMeta {
  correlationId: string;
  causationId?: string | null;
  expectedRevision?: number;
}

const MAX_ATTEMPTS = 3;

/**
 * Every command of notifications runs through `commands`: read, fold, decide, append with
 * personal data sealed under the subject's key (read through the same transaction, so a new key
 * commits with its append), and the read models updated, all in the transaction it is given
 * (the inbox's, the dispatcher's, a route's own).
 */
@Injectable()
export class NotificationsStreams {
  readonly commands: CommandsInTransaction<Sql>;

  constructor(
    @Inject(NOTIFICATIONS_DB) private readonly db: Database,
    @Inject(NOTIFICATIONS_RAW_STORE) store: TransactionalEventStore<Sql>,
    @Inject(NOTIFICATIONS_KEYS_IN) keysIn: PersonalDataKeysIn<Sql>,
    @Inject(NOTIFICATIONS_OPTIONS) options: NotificationsOptionsShape,
  ) {
    this.commands = new CommandsInTransaction<Sql>({
      store,
      wrap: (view, tx) => new EncryptingEventStore(view, new PersonalDataCipher(keysIn(tx), NOTIFICATIONS_PERSONAL_DATA)),
      afterAppend: (events, tx) => applyToReadModels(tx, options.schema, events),
    });
  }

  /** Runs `work` in one transaction (rerun on a lost race unless `retry` is off). */
  transaction<T>(work: (tx: Sql) => Promise<T>, retry = true): Promise<T> {
    return this.commands.inOwnTransaction(this.db, work, { attempts: retry ? MAX_ATTEMPTS : 1 });
  }

  /** A route's command in a transaction of its own; its context is the caller's. */
  execute<C extends { context: CommandContext }, S, E extends DomainEvent>(decider: Decider<C, S, E>, streamId: string, command: C, meta: CommandMeta): Promise<CommandResult<S>> {
    const { context, ...withoutContext } = command;
    const cause = { ...context, correlationId: meta.correlationId, causationId: meta.causationId ?? null };
    return this.transaction(
      (tx) => this.commands.run(tx, cause, decider, streamId, withoutContext as WithoutContext<C>, { expectedRevision: meta.expectedRevision }),
      meta.expectedRevision === undefined,
    );
  }

  /** The stream folded, personal data opened (or read as erased), as committed or as `tx` sees it. */
  async read<S, E extends DomainEvent>(decider: Pick<Decider<unknown, S, E>, 'initialState' | 'evolve'>, streamId: string, tx?: Sql): Promise<{ state: S; revision: number; events: RecordedEvent[] }> {
    const read = (t: Sql) => this.commands.storeIn(t).readStream(streamId);
    const events = tx ? await read(tx) : await this.db.transaction(read);
    return { state: fold(decider, events.map((e) => ({ type: e.type, data: e.data }) as E)), revision: events.length - 1, events };
  }
}
