import { assertSchemaName, findRepoFile, loadSqlMigrations, type Database, type Migration, type Sql } from '@hpc-access/sql';

/** A command to run at `dueAt`. `key` names the deadline; one key, one pending command. */
export interface ScheduledCommand<Payload = Record<string, unknown>> {
  key: string;
  type: string;
  dueAt: Date;
  payload: Payload;
}

export interface PendingCommand extends ScheduledCommand {
  attempts: number;
}

/** The scheduler's table, created in each service's schema. */
export function schedulerMigrations(): Migration[] {
  return loadSqlMigrations(findRepoFile('infra/migrations/scheduler'), 'scheduler');
}

interface Row {
  key: string;
  command_type: string;
  payload: Record<string, unknown>;
  due_at: Date | string;
  attempts: number;
}

/**
 * The persisted deadlines of one service. `schedule` and `cancel` take the caller's transaction,
 * so a deadline commits with the event that created it (a hold and its expiry) or not at all.
 */
export class ScheduledCommands {
  constructor(private readonly db: Database, readonly schema: string) {
    assertSchemaName(schema);
  }

  /** Schedules a command, or moves a pending one with the same key; one that fired stays fired. */
  async schedule(command: ScheduledCommand, options: { tx?: Sql; now: Date }): Promise<void> {
    await (options.tx ?? this.db).query(
      `INSERT INTO ${this.schema}.scheduled_commands (key, command_type, payload, due_at, scheduled_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO UPDATE SET command_type = EXCLUDED.command_type, payload = EXCLUDED.payload,
         due_at = EXCLUDED.due_at, scheduled_at = EXCLUDED.scheduled_at, cancelled_at = NULL, attempts = 0, last_error = NULL
       WHERE ${this.schema}.scheduled_commands.fired_at IS NULL`,
      [command.key, command.type, JSON.stringify(command.payload), command.dueAt.toISOString(), options.now.toISOString()],
    );
  }

  /** Cancels a pending command (the hold was turned into an award); firing it later does nothing. */
  async cancel(key: string, options: { tx?: Sql; now: Date }): Promise<void> {
    await (options.tx ?? this.db).query(
      `UPDATE ${this.schema}.scheduled_commands SET cancelled_at = $2 WHERE key = $1 AND fired_at IS NULL AND cancelled_at IS NULL`,
      [key, options.now.toISOString()],
    );
  }

  /** Pending commands due at `now`, earliest first. */
  async due(now: Date, limit = 100): Promise<PendingCommand[]> {
    const { rows } = await this.db.query<Row>(
      `SELECT key, command_type, payload, due_at, attempts FROM ${this.schema}.scheduled_commands
       WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1 ORDER BY due_at, key LIMIT $2`,
      [now.toISOString(), limit],
    );
    return rows.map((row) => ({ key: row.key, type: row.command_type, payload: row.payload, dueAt: new Date(row.due_at), attempts: row.attempts }));
  }

  /** Every pending command, for the read side (what deadlines an entity has). */
  async pending(keyPrefix = ''): Promise<ScheduledCommand[]> {
    const { rows } = await this.db.query<Row>(
      `SELECT key, command_type, payload, due_at, attempts FROM ${this.schema}.scheduled_commands
       WHERE fired_at IS NULL AND cancelled_at IS NULL AND key LIKE $1 ORDER BY due_at, key`,
      [`${keyPrefix.replace(/[%_\\]/g, '\\$&')}%`],
    );
    return rows.map((row) => ({ key: row.key, type: row.command_type, payload: row.payload, dueAt: new Date(row.due_at) }));
  }

  /**
   * Runs `effect` and marks the command fired in one transaction. False, and nothing run, when it
   * is no longer pending (fired or cancelled since it was found due) or another process is firing
   * it right now (its row locked; that process marks it fired or leaves it pending).
   */
  async fire(key: string, firedAt: Date, effect: (tx: Sql) => Promise<void>): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query(
        `SELECT key FROM ${this.schema}.scheduled_commands WHERE key = $1 AND fired_at IS NULL AND cancelled_at IS NULL FOR UPDATE SKIP LOCKED`,
        [key],
      );
      if (rows.length === 0) return false;
      await effect(tx);
      await this.markFired(key, firedAt, tx);
      return true;
    });
  }

  async markFired(key: string, firedAt: Date, tx: Sql = this.db): Promise<void> {
    await tx.query(`UPDATE ${this.schema}.scheduled_commands SET fired_at = $2, attempts = attempts + 1, last_error = NULL WHERE key = $1`, [key, firedAt.toISOString()]);
  }

  /** The command failed; it stays pending and is tried again on a later tick. */
  async markFailed(key: string, error: string): Promise<void> {
    await this.db.query(`UPDATE ${this.schema}.scheduled_commands SET attempts = attempts + 1, last_error = $2 WHERE key = $1`, [key, error.slice(0, 2000)]);
  }
}
