import { join, resolve } from 'node:path';
import { findRepoFile } from '@hpc-access/sql';
import { messagingMigrations } from './migrations';

const repoRoot = resolve(__dirname, '../../..');

describe('messaging migrations', () => {
  it('lists the schema, relay checkpoints and inbox, in order, for the schema asked', () => {
    const migrations = messagingMigrations('allocation');

    expect(migrations.map((m) => m.name)).toEqual(['messaging/001_schema', 'messaging/002_relay_checkpoints', 'messaging/003_inbox']);
    expect(migrations[1].sql).toContain('CREATE TABLE IF NOT EXISTS allocation.relay_checkpoints');
    expect(migrations[2].sql).toContain('CREATE TABLE IF NOT EXISTS allocation.inbox');
    expect(migrations.map((m) => m.sql).join('\n')).not.toContain('${schema}');
  });

  it('keeps each migration to one statement, as PGlite runs one per query', () => {
    for (const { sql } of messagingMigrations('allocation')) {
      const code = sql.replace(/--.*$/gm, '').trim();
      expect(code.split(';').filter((part) => part.trim() !== '')).toHaveLength(1);
    }
  });

  it('refuses a schema name that would need quoting or could end the statement', () => {
    for (const bad of ['Allocation', 'alloc-ation', 'a; DROP TABLE x', '', '1abc']) {
      expect(() => messagingMigrations(bad)).toThrow(/invalid schema name/);
    }
  });

  it('finds the SQL from the compiled tree as from the sources', () => {
    const expected = join(repoRoot, 'infra', 'migrations', 'messaging');

    expect(findRepoFile(join('infra', 'migrations', 'messaging'), join(repoRoot, 'dist', 'libs', 'messaging', 'src'))).toBe(expected);
    expect(findRepoFile(join('infra', 'migrations', 'messaging'), __dirname)).toBe(expected);
    expect(() => findRepoFile('no/such/folder', '/')).toThrow(/no\/such\/folder not found above \//);
  });
});
