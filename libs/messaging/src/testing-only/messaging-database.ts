import { openPglite, type Database } from '@hpc-access/eventstore-postgres';
import { messagingMigrations } from '../migrations';

/** An in-memory PGlite with the messaging tables in `schema` (the real runner is not needed here). */
export async function openMessagingDatabase(schema: string): Promise<Database> {
  const db = await openPglite();
  for (const migration of messagingMigrations(schema)) await db.query(migration.sql);
  return db;
}
