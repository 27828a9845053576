import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Projection } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { LedgerEvent, MonthAmounts } from '../domain/partition-ledger';

/** Holds and the GPU-hours held and awarded per partition, pool and month, from the partition ledgers. */
export function capacityProjection(schema: string): Projection<Sql> {
  const holds = `${schema}.holds`;
  const capacity = `${schema}.capacity_reservations`;
  const move = async (tx: Sql, system: string, partition: string, pool: string, months: MonthAmounts, column: 'held' | 'awarded', sign: 1 | -1) => {
    for (const [month, amount] of Object.entries(months)) {
      await tx.query(
        `INSERT INTO ${capacity} (system, partition, pool, month, ${column}) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (system, partition, pool, month) DO UPDATE SET ${column} = ${capacity}.${column} + EXCLUDED.${column}`,
        [system, partition, pool, month, sign * amount],
      );
    }
  };
  return {
    name: 'allocation.capacity',
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as LedgerEvent;
      switch (event.type) {
        case 'CapacityHoldPlaced': {
          const d = event.data;
          await tx.query(
            `INSERT INTO ${holds} (hold_id, application_id, organisation_id, system, partition, gpu_hours, pool, months, placed_at, expires_at, status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'placed') ON CONFLICT (hold_id) DO NOTHING`,
            [d.holdId, d.applicationId, d.organisationId, d.system, d.partition, d.gpuHours, d.pool, JSON.stringify(d.months), d.placedAt, d.expiresAt],
          );
          await move(tx, d.system, d.partition, d.pool, d.months, 'held', 1);
          return;
        }
        case 'CapacityHoldReleased': {
          const { rows } = await tx.query<{ system: string; partition: string }>(
            `UPDATE ${holds} SET status = 'released', reason = $2, ended_at = $3 WHERE hold_id = $1 RETURNING system, partition`,
            [event.data.holdId, event.data.reason, event.data.releasedAt],
          );
          if (rows[0]) await move(tx, rows[0].system, rows[0].partition, event.data.pool, event.data.months, 'held', -1);
          return;
        }
        case 'AllocationAwarded': {
          const d = event.data;
          if (d.holdId) {
            const { rows } = await tx.query<{ pool: string; months: MonthAmounts }>(
              `UPDATE ${holds} SET status = 'converted', reason = 'awarded', ended_at = $2 WHERE hold_id = $1 RETURNING pool, months`,
              [d.holdId, d.awardedAt],
            );
            if (rows[0]) await move(tx, d.system, d.partition, rows[0].pool, rows[0].months, 'held', -1);
          }
          await move(tx, d.system, d.partition, d.pool, d.months, 'awarded', 1);
          return;
        }
        case 'AllocationCapacityReleased':
          await move(tx, event.data.system, event.data.partition, event.data.pool, event.data.months, 'awarded', -1);
          return;
        case 'AllocationCapacityRestored':
          await move(tx, event.data.system, event.data.partition, event.data.pool, event.data.months, 'awarded', 1);
          return;
        default:
          return;
      }
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${holds}`);
      await tx.query(`TRUNCATE ${capacity}`);
    },
  };
}
