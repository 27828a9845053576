import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPgliteCanRunUnderJest, createScratchPostgresDatabase, randomSchemaName, type ScratchPostgresDatabase } from '@hpc-access/testing';
import type { Database } from '@hpc-access/sql';
import { runMigrations } from '@hpc-access/sql';
import { eventStoreMigrations } from './event-store-migrations';
import { openPglite } from '@hpc-access/sql';
import { openPostgres } from '@hpc-access/sql';
import { PostgresPersonalDataKeys } from './postgres-personal-data-keys';

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const holding = (files: string[], bytes: Buffer): string[] => files.filter((file) => readFileSync(file).includes(bytes));

async function keysOf(db: Database, schema: string, people: string[]): Promise<Map<string, Buffer>> {
  const keys = new PostgresPersonalDataKeys(db, { schema });
  const made = new Map<string, Buffer>();
  for (const person of people) made.set(person, (await keys.keyFor(person)) as Buffer);
  return made;
}

const people = Array.from({ length: 40 }, (_, i) => `person-${String(i).padStart(4, '0')}`);

// Issue 12, point 3: an erased person's key must leave the live data files, or a copy of the data
// directory still decrypts them. The searches below fail when the key's row version stays behind.
describe('an erased key leaves the data files', () => {
  it('PGlite: no file under the data directory holds a byte sequence of the key, after a restart either', async () => {
    assertPgliteCanRunUnderJest();
    const dataDir = mkdtempSync(join(tmpdir(), 'hpc-access-wipe-'));
    const schema = randomSchemaName();
    try {
      let db = await openPglite(dataDir);
      await runMigrations(db, schema, eventStoreMigrations());
      const keys = await keysOf(db, schema, people);
      // Written to the files (as a running platform does in time), so that the erasure has something to remove.
      await db.query('CHECKPOINT');
      const erased = keys.get('person-0007') as Buffer;
      expect(holding(filesUnder(dataDir), erased)).not.toEqual([]);

      await new PostgresPersonalDataKeys(db, { schema }).erase('person-0007');
      await db.query('CHECKPOINT');
      expect(holding(filesUnder(dataDir), erased)).toEqual([]);

      // Stopped (a shutdown checkpoint) and opened again: still gone, and the others still open.
      await db.close();
      expect(holding(filesUnder(dataDir), erased)).toEqual([]);
      db = await openPglite(dataDir);
      const reopened = new PostgresPersonalDataKeys(db, { schema });
      expect(await reopened.find('person-0008')).toEqual(keys.get('person-0008'));
      expect(await reopened.status('person-0007')).toBe('erased');
      expect(await reopened.keyFor('person-0007')).toBeNull();
      await db.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe('PostgreSQL server', () => {
    let scratch: ScratchPostgresDatabase;
    let db: Database;
    beforeAll(async () => {
      scratch = await createScratchPostgresDatabase();
      db = openPostgres({ connectionString: scratch.url, max: 4 });
    });
    afterAll(async () => {
      await db?.close();
      await scratch?.drop();
    });

    // The test user is a superuser: it may checkpoint and read the relation's files.
    const relationFile = async (table: string) =>
      (await db.query<{ path: string }>('SELECT pg_relation_filepath($1::regclass) AS path', [table])).rows[0].path;
    const fileBytes = async (path: string): Promise<Buffer> => {
      const { rows } = await db.query<{ content: Buffer | null }>('SELECT pg_read_binary_file($1::text, 0, (pg_stat_file($1::text, true)).size, true) AS content', [path]);
      return rows[0].content ?? Buffer.alloc(0);
    };

    it('no byte sequence of the key in the key table\'s files (the file before erasure and the file after)', async () => {
      const schema = randomSchemaName();
      await runMigrations(db, schema, eventStoreMigrations());
      const keys = await keysOf(db, schema, people);
      await db.query('CHECKPOINT');
      const table = `${schema}.person_keys`;
      const before = await relationFile(table);
      const erased = keys.get('person-0007') as Buffer;
      expect((await fileBytes(before)).includes(erased)).toBe(true);

      await new PostgresPersonalDataKeys(db, { schema }).erase('person-0007');
      // Whatever is still only in shared buffers reaches the files.
      await db.query('CHECKPOINT');
      const after = await relationFile(table);
      for (const path of new Set([before, after])) expect((await fileBytes(path)).includes(erased)).toBe(false);
      expect((await fileBytes(after)).includes(keys.get('person-0008') as Buffer)).toBe(true);
      expect(await new PostgresPersonalDataKeys(db, { schema }).status('person-0007')).toBe('erased');
    });
  });
});
