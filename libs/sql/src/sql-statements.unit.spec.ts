import { splitSqlStatements } from './sql-statements';

describe('splitting a migration script into statements', () => {
  it('splits on semicolons and drops empty and comment-only pieces', () => {
    expect(splitSqlStatements('-- intro\nCREATE TABLE a (x int);\n\n;CREATE INDEX i ON a (x);\n-- the end\n')).toEqual([
      '-- intro\nCREATE TABLE a (x int)',
      'CREATE INDEX i ON a (x)',
    ]);
  });

  it('keeps a function body in dollar quotes whole', () => {
    const fn = `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN PERFORM 1; RETURN 2; END $body$`;
    const plain = `CREATE FUNCTION g() RETURNS void LANGUAGE plpgsql AS $$ BEGIN NULL; END $$`;
    expect(splitSqlStatements(`${fn};\n${plain};`)).toEqual([fn, plain]);
  });

  it('does not split inside strings, quoted identifiers or comments', () => {
    const script = `INSERT INTO "odd;name" VALUES ('a;b', 'it''s; fine', E'back\\'slash;'); /* a; /* nested; */ still */ SELECT 1 -- x; y\n;`;
    expect(splitSqlStatements(script)).toEqual([
      `INSERT INTO "odd;name" VALUES ('a;b', 'it''s; fine', E'back\\'slash;')`,
      `/* a; /* nested; */ still */ SELECT 1 -- x; y`,
    ]);
  });

  it('reads $1 as a parameter, not as a dollar quote', () => {
    expect(splitSqlStatements('SELECT $1; SELECT $2')).toEqual(['SELECT $1', 'SELECT $2']);
  });
});
