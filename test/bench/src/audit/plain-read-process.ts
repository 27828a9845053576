import { join } from 'node:path';
import { openPglite, openPostgres, type Database } from '@hpc-access/sql';
import { plainRead } from './plain-read';

/**
 * The plain read in a process of its own, as hpc-audit runs in one: both start cold, so neither
 * side of the ratio gets a warmer JIT. Argument: a postgres URL or a data directory; then the
 * schema and the page size. Prints {"events":n,"seconds":s}, timed after the database is open.
 */
async function main([source, schema, pageSize]: string[]): Promise<void> {
  const db: Database = source.startsWith('postgres') ? openPostgres({ connectionString: source, max: 1 }) : await openPglite(join(source, 'pglite'));
  try {
    process.stdout.write(`${JSON.stringify(await plainRead(db, schema, Number(pageSize)))}\n`);
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
