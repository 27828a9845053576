import type { Clock } from '@hpc-access/eventsourcing';
import { isWritesRefused, storageState, type Sql, type StorageState } from '@hpc-access/sql';
import type { ScheduledCommands, PendingCommand } from './scheduled-commands';

/**
 * Runs one scheduled command in `tx`, the transaction that marks it fired: every write goes
 * through `tx` (the store's `withTransaction(tx)`, a unit of work `within(tx)`), so the effect and
 * the mark commit together or not at all. Nothing may use the database outside `tx` meanwhile
 * (PGlite has one connection: it would wait for this transaction for ever). It must be idempotent:
 * the decider it calls sees a deadline already met as nothing to do.
 */
export type ScheduledCommandHandler = (command: PendingCommand, now: Date, tx: Sql) => Promise<void>;

export interface SchedulerLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

interface Registration {
  name: string;
  table: ScheduledCommands;
  handlers: Readonly<Record<string, ScheduledCommandHandler>>;
  /** After a command's transaction committed: wakes the service's projections and relay. */
  committed?: () => void;
}

export interface SchedulerOptions {
  clock: Clock;
  logger: SchedulerLogger;
  /** How often the table is polled for due commands. */
  intervalMs?: number;
  /** Consulted before each tick: while it refuses writes, nothing fires. The process's by default. */
  storage?: StorageState;
}

/**
 * The one scheduler of a process: it polls the deadline tables of the services registered with it
 * and fires what is due by its clock. Deadlines live in the database, so a restart loses none:
 * whatever fell due while the process was down fires on the first tick. A failing command stays
 * pending and is tried again on the next tick; a command type nobody handles is an error, logged
 * on every tick until someone does. A command's effect and its "fired" mark commit in one
 * transaction, so a crash or a failure between them leaves neither. Two processes may find the
 * same command due (distributed mode, two instances): the row is locked in that transaction, so
 * one fires it and the other finds it fired.
 */
export class Scheduler {
  private readonly registrations: Registration[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly options: SchedulerOptions) {}

  register(name: string, table: ScheduledCommands, handlers: Readonly<Record<string, ScheduledCommandHandler>>, committed?: () => void): void {
    if (this.registrations.some((r) => r.name === name)) throw new Error(`scheduler: ${name} registered twice`);
    this.registrations.push({ name, table, handlers, ...(committed ? { committed } : {}) });
  }

  start(): void {
    if (this.timer) return;
    const interval = this.options.intervalMs ?? 1000;
    const tick = () => {
      this.runDue()
        .catch((error) => this.options.logger.error('scheduler tick failed', { error: String(error) }))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, interval);
        });
    };
    this.timer = setTimeout(tick, interval);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Fires everything due now, one tick at a time (ticks never overlap). Resolves with how many fired. */
  async runDue(): Promise<number> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.fireDue();
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async fireDue(): Promise<number> {
    // An altered history (ADR 28): nothing fires and nothing is marked failed; every deadline stays
    // due and fires on the first tick after a start that finds the history intact.
    if ((this.options.storage ?? storageState).refused) return 0;
    const now = this.options.clock.now();
    let fired = 0;
    for (const { name, table, handlers, committed } of this.registrations) {
      for (const command of await table.due(now)) {
        const handler = handlers[command.type];
        try {
          if (!handler) throw new Error(`no handler for scheduled command ${command.type}`);
          if (!(await table.fire(command.key, now, (tx) => handler(command, now, tx)))) continue;
          committed?.();
          fired += 1;
          this.options.logger.info('scheduled command fired', { service: name, key: command.key, type: command.type, dueAt: command.dueAt.toISOString() });
        } catch (error) {
          // Refused in mid-tick: not the command's failure; it stays due with its attempts as they were.
          if (isWritesRefused(error)) return fired;
          await table.markFailed(command.key, String(error));
          this.options.logger.error('scheduled command failed; it stays pending', { service: name, key: command.key, type: command.type, attempts: command.attempts + 1, error: String(error) });
        }
      }
    }
    return fired;
  }
}
